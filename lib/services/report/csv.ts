// The expiry review as CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheet programs read Japanese
// names). Text cells that a spreadsheet would run as a formula (leading = + - @, tab, CR) are
// neutralised (lib/audit/csv.ts); numbers stay numbers. Column names are stable, in English, for scripts.
import { localDateTime } from "@/lib/domain/calendar";
import { csvCell } from "@/lib/audit/csv";
import type { ExpiryReview } from "./expiry-review";

export const REVIEW_CSV_COLUMNS = [
  "tenant",
  "tenant_slug",
  "time_zone",
  "secure_enrollment",
  "token_kind",
  "token_stage",
  "token_set",
  "enforce_status",
  "expires_at_utc",
  "expires_local",
  "days_left",
  "level",
  "readiness",
  "next_rotation",
  "next_rotation_kind",
  "owner",
  "open_alerts",
] as const;

const cell = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? String(v) : csvCell(v));
const line = (values: unknown[]) => values.map(cell).join(",") + "\r\n";

/** "refused/devices change" for each change with a snapshot, else "not synced". */
function readinessText(r: ExpiryReview["tenants"][number]["readiness"]): string {
  if (r.length === 0) return "not synced";
  return r.map((s) => `${s.devices - s.refused}/${s.devices} ready (${s.change}, ${s.takenAt.toISOString()})`).join("; ");
}

const localTime = (d: Date, timeZone: string) => `${localDateTime(d, timeZone)} ${timeZone}`;

/** One row per live token (a tenant without one gets a row of its own), in the review's order. */
export function expiryReviewCsv(review: ExpiryReview): string {
  let out = "\uFEFF" + line([...REVIEW_CSV_COLUMNS]);
  for (const t of review.tenants) {
    const common = [t.name, t.slug, t.timeZone, t.seState];
    const tail = [readinessText(t.readiness), t.rotation?.date ?? "", t.rotation ? (t.rotation.planned ? "planned" : "suggested") : "", t.owner ?? "", t.openAlerts];
    if (t.tokens.length === 0) out += line([...common, "", "", "", "", "", "", "", "", ...tail]);
    for (const k of t.tokens)
      out += line([...common, k.kind, k.stage, k.tokenSet, k.enforceStatus, k.expiresAt?.toISOString() ?? "", k.expiresAt ? localTime(k.expiresAt, t.timeZone) : "", k.daysLeft ?? "", k.level ?? "", ...tail]);
  }
  return out;
}
