// The audit page's and CSV export's filters: one schema for the page's query string and the export
// route, so both always select the same events.
import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());

export const AuditFilter = z.object({
  /** part of the actor's label (email, key name), case-insensitive */
  actor: optional(z.string().trim().max(200)),
  /** an action, or a prefix ending in "." (e.g. "user.") */
  action: optional(z.string().trim().max(100)),
  tenant: optional(z.string().trim().max(64)),
  /** first and last day (UTC), both included */
  from: optional(day),
  to: optional(day),
  outcome: optional(z.enum(["success", "failure", "denied"])),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** Parses a query string leniently: an invalid field is dropped rather than failing the page. */
export function parseAuditFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(AuditFilter.shape) as (keyof AuditFilter)[]) {
    const parsed = AuditFilter.shape[key].safeParse(get(key));
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as AuditFilter;
}
