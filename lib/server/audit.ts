import "server-only";
// The audit log: one append-only, hash-chained event per mutation, reveal of a secret, sign-in and
// vendor write (lib/audit/chain.ts has the chain rules; a database trigger rejects UPDATE/DELETE).
// Appends are serialized by a transaction-level advisory lock, so two writers can never both chain
// onto the same previous event: the second waits until the first commits, then reads its hash.
// Audit fails closed: an event that cannot be written aborts the change it records.
import type { Prisma } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashEvent, normalizeSummary } from "@/lib/audit/chain";
import type { Actor, ServiceContext } from "@/lib/server/context";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditInput {
  /** `<entity>.<verb>`, e.g. `api-key.create`, `token.reveal`, `auth.sign-in` */
  action: string;
  tenantId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** what changed, in words and ids; secrets are masked (lib/log/redact.ts) but never put them here */
  summary?: unknown;
  outcome?: AuditOutcome;
}

/** Who an event is attributed to; `anonymous` is a sign-in attempt for an unknown account. */
export type AuditActor = Actor | { type: "anonymous"; id: null; label: string };

export interface AuditOrigin {
  actor: AuditActor;
  requestId?: string | null;
  sourceIp?: string | null;
}

// Appends queue behind one lock: under a burst, waiting for a connection or the lock can take longer
// than Prisma's defaults (2 s to start, 5 s to finish), and an event must not be dropped for that.
export const AUDIT_TX = { maxWait: 10_000, timeout: 20_000 } as const;

const ACTOR_TYPE = { user: "USER", anonymous: "USER", "api-key": "API_KEY", system: "SYSTEM" } as const;

/** Appends one event inside the caller's transaction; call it last, just before the commit. */
export async function appendAudit(tx: Prisma.TransactionClient, origin: AuditOrigin, input: AuditInput): Promise<void> {
  // hashtext() turns a stable name into the lock's key; the lock is released at commit or rollback.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('enrollment-health:audit_event'))`;
  const [head] = await tx.$queryRaw<{ hash: string | null; id: bigint }[]>`
    SELECT (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS hash, nextval(pg_get_serial_sequence('audit_event', 'id')) AS id`;
  const fields = {
    id: head!.id,
    at: new Date(),
    actorType: ACTOR_TYPE[origin.actor.type],
    actorId: origin.actor.id,
    actorLabel: origin.actor.label,
    tenantId: input.tenantId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    summary: normalizeSummary(input.summary),
    outcome: input.outcome ?? "success",
    requestId: origin.requestId ?? null,
    sourceIp: origin.sourceIp ?? null,
    prevHash: head!.hash ?? GENESIS_HASH,
  };
  const { summary, ...rest } = fields;
  await tx.auditEvent.create({ data: { ...rest, summary: summary === null ? undefined : (summary as Prisma.InputJsonValue), hash: hashEvent(fields) } });
}

/**
 * Runs a mutation and its audit event in one transaction: both commit, or neither does. `input` may
 * be a function of the mutation's result (to name the row it created).
 */
export async function audited<T>(ctx: ServiceContext, input: AuditInput | ((result: T) => AuditInput), mutate: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(async (tx) => {
    const result = await mutate(tx);
    await appendAudit(tx, ctx, typeof input === "function" ? input(result) : input);
    return result;
  }, AUDIT_TX);
}

/**
 * Records an event that has no database change of its own (a secret revealed or copied, a sign-in,
 * a vendor write). Await it BEFORE handing out the secret or reporting success: it throws when the
 * event cannot be written, and the caller must then fail too.
 */
export async function recordAudit(ctx: Pick<ServiceContext, "db"> & AuditOrigin, input: AuditInput): Promise<void> {
  await ctx.db.$transaction((tx) => appendAudit(tx, ctx, input), AUDIT_TX);
}
