import "server-only";
// The evidence pack of a run (issue 7, item 7): steps, times, actors, approvals, vendor calls with
// their idempotency keys and request ids, verification. Never a secret: encrypted previous commands
// and token values are not in it; tokens appear as fingerprints only.
import type { ServiceContext } from "@/lib/server/context";
import { loadRun, PLAN_FROM_DB, runEvents } from "./run-store";

const SECRET_KEYS = new Set(["previousEnc"]);
const clean = (data: unknown): unknown =>
  data && typeof data === "object" && !Array.isArray(data) ? Object.fromEntries(Object.entries(data).filter(([k]) => !SECRET_KEYS.has(k)).map(([k, v]) => [k, clean(v)])) : data;

export async function getEvidencePack({ ctx, input }: { ctx: ServiceContext; input: { runId: string } }) {
  const run = await loadRun(ctx, input.runId);
  const events = await runEvents(ctx, run.id);
  const approvals = await ctx.db.rotationApproval.findMany({ where: { runId: run.id }, include: { approver: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } });
  const ids = [...new Set([run.createdById, ...events.map((e) => e.actorId)].filter((x): x is string => !!x))];
  const people = new Map((await ctx.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, `${u.name} <${u.email}>`]));
  const started = events.find((e) => e.type === "run-started")?.data as { preflight?: unknown } | undefined;
  return {
    kind: "enrollment-health/rotation-evidence@1",
    generatedAt: new Date().toISOString(),
    run: {
      id: run.id,
      plan: PLAN_FROM_DB[run.plan],
      status: run.status,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      startedBy: run.createdById ? (people.get(run.createdById) ?? run.createdById) : "system",
      overrideReason: run.overrideReason,
    },
    tenant: { id: run.tenant.id, name: run.tenant.name, slug: run.tenant.slug, timeZone: run.tenant.timeZone },
    newToken: run.machine.newToken,
    enforcedAt: run.machine.enforcedAt,
    preflight: started?.preflight ?? null,
    steps: run.machine.completed,
    approvals: approvals.map((a) => ({ gate: a.gate, by: `${a.approver.name} <${a.approver.email}>`, at: a.createdAt.toISOString(), comment: a.comment })),
    vendorCalls: events
      .filter((e) => e.type === "vendor-write" || e.type === "vendor-write-failed" || e.type === "verify-attempt")
      .map((e) => ({ at: e.at.toISOString(), step: e.step, type: e.type, idempotencyKey: e.idempotencyKey, vendorRequestId: e.vendorRequestId, call: clean(e.data) })),
    verification: events.filter((e) => e.type === "verify-enrolled" || e.type === "verify-failed").map((e) => ({ at: e.at.toISOString(), result: e.type, detail: clean(e.data) })),
    events: events.map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      type: e.type,
      step: e.step,
      actor: e.actorId ? (people.get(e.actorId) ?? e.actorId) : "system",
      idempotencyKey: e.idempotencyKey,
      vendorRequestId: e.vendorRequestId,
      data: clean(e.data),
    })),
  };
}
export type EvidencePack = Awaited<ReturnType<typeof getEvidencePack>>;
