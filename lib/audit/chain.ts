// The audit log's hash chain, as pure functions: every event's hash covers its own content and the
// previous event's hash, so changing, removing or reordering any event breaks every hash after it.
// The database stores what `canonicalContent` hashes; the verifier recomputes it from the rows.
import { createHash } from "node:crypto";
import { redact } from "@/lib/log/redact";

/** The `prevHash` of the first event. */
export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  id: bigint | number | string;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  tenantId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: unknown;
  outcome: string;
  requestId: string | null;
  sourceIp: string | null;
  prevHash: string;
}

export interface ChainedEvent extends ChainedFields {
  hash: string;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * A summary as it will be stored: secrets masked, and reduced to what survives a trip through
 * PostgreSQL's jsonb (no undefined, no NUL characters, dates as ISO text), so the hash computed
 * before the insert equals the one recomputed from the row.
 */
export function normalizeSummary(summary: unknown): unknown {
  if (summary === undefined || summary === null) return null;
  const json = JSON.stringify(summary, (_k, v: unknown) => (typeof v === "string" ? v.replaceAll("\u0000", "") : typeof v === "bigint" ? v.toString() : v));
  return json === undefined ? null : redact(JSON.parse(json) as unknown);
}

/** The exact text an event's hash covers. */
export function canonicalContent(e: ChainedFields): string {
  return canonicalJson({
    v: 1,
    id: String(e.id),
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    tenantId: e.tenantId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    summary: e.summary ?? null,
    outcome: e.outcome,
    requestId: e.requestId,
    sourceIp: e.sourceIp,
    prevHash: e.prevHash,
  });
}

/** SHA-256 (hex) of the previous hash and this event's canonical content. */
export function hashEvent(e: ChainedFields): string {
  return createHash("sha256").update(e.prevHash).update("\n").update(canonicalContent(e)).digest("hex");
}

export type ChainProblem =
  | { id: string; kind: "content-changed"; message: string }
  | { id: string; kind: "link-broken"; message: string };

/**
 * Checks events in id order, one batch at a time (the log can be large). Reports the first event
 * whose content no longer matches its hash, or whose `prevHash` is not the previous event's hash
 * (an event was removed, inserted or reordered before it).
 */
export function createChainVerifier(start: { prevHash: string } = { prevHash: GENESIS_HASH }) {
  let expectedPrev = start.prevHash;
  let checked = 0;
  let lastId: string | null = null;
  return {
    push(e: ChainedEvent): ChainProblem | null {
      const id = String(e.id);
      if (e.prevHash !== expectedPrev) {
        const after = lastId ? `event #${lastId}` : "the start of the log";
        return { id, kind: "link-broken", message: `event #${id} does not follow ${after} (prev_hash mismatch): an event before it was removed, inserted or changed` };
      }
      if (hashEvent(e) !== e.hash) return { id, kind: "content-changed", message: `event #${id} was changed after it was written (its content no longer matches its hash)` };
      expectedPrev = e.hash;
      lastId = id;
      checked++;
      return null;
    },
    get checked() {
      return checked;
    },
    get head() {
      return expectedPrev;
    },
  };
}
