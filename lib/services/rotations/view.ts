import "server-only";
// What the run page shows and polls: the plan's steps with their status, what the run waits for,
// whether the page should call `advance` by itself (an API step with no human gate, a long step being
// polled, a step interrupted by a restart), the nsdiag progress, approvals, and the latest events.
import { allowedEvents } from "@/lib/domain/rotation-machine";
import { planSteps, stepDefinition, type StepId } from "@/lib/domain/rotation-steps";
import type { ServiceContext } from "@/lib/server/context";
import { enforceGuardCount, LEASE_MS, runOptions } from "./advance";
import { loadRun, PLAN_FROM_DB, runEvents } from "./run-store";
import type { NsdiagProgress } from "./steps-mdm";

export type StepStatus = "done" | "skipped" | "current" | "running" | "failed" | "todo";
export type WaitingFor =
  | "nothing"
  | "vendor-call"
  | "interrupted"
  | "nsdiag-runs"
  | "start-approval"
  | "enforce-approval"
  | "enforce-confirmation"
  | "manual-step"
  | "verify-failed"
  | "retry"
  | "finished";

const SAFE_DATA = new Set(["vendor-write-intent", "vendor-write", "vendor-write-failed", "verify-attempt", "verify-enrolled", "verify-failed", "nsdiag-waiting", "nsdiag-accepted", "renewal-planned", "skip-step", "rollback", "cancel", "revert-to-not-enforced", "approved", "api-failed", "vendor-already-done", "target-done", "resume"]);

export async function getRunView({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: { runId: string }; now?: Date }) {
  const run = await loadRun(ctx, input.runId);
  const state = run.machine;
  const events = await runEvents(ctx, run.id);
  const approvals = await ctx.db.rotationApproval.findMany({ where: { runId: run.id }, include: { approver: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const people = new Map((await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const plan = PLAN_FROM_DB[run.plan];
  const done = new Map(state.completed.map((r) => [r.step, r]));
  const active = "step" in state && (state.status === "step-pending" || state.status === "step-running" || state.status === "step-failed");
  const steps = planSteps(plan).map((d) => {
    const rec = done.get(d.id);
    let status: StepStatus = rec ? (rec.by === "skipped" ? "skipped" : "done") : "todo";
    if (active && state.step === d.id) status = state.status === "step-running" ? "running" : state.status === "step-failed" ? "failed" : "current";
    return { id: d.id, automation: d.automation, enforcing: d.enforcing, irreversible: d.irreversible, skippable: d.skippable, status, by: rec?.by ?? null, at: rec?.at ?? null };
  });
  const last = events.at(-1);
  const fourEyes = run.tenant.fourEyes;
  const approved = (gate: "START" | "ENFORCE") => approvals.some((a) => a.gate === gate && a.approverId !== run.createdById);
  const options = runOptions(events.map((e) => ({ type: e.type, data: e.data })));
  const progressEvent = events.findLast((e) => e.type === "nsdiag-waiting" || e.type === "nsdiag-accepted");
  const progress = progressEvent ? (progressEvent.data as unknown as NsdiagProgress) : null;
  const sinceBegin = events.slice(events.findLastIndex((e) => e.type === "begin-api-call" || e.type === "api-succeeded" || e.type === "record-evidence") + 1);

  let waitingFor: WaitingFor = "finished";
  let auto = false;
  if (active) {
    const def = stepDefinition(plan, state.step as StepId);
    if (fourEyes && !approved("START")) waitingFor = "start-approval";
    else if (state.status === "step-running") {
      const polling = last?.type === "nsdiag-waiting";
      const stale = !!last && now.getTime() - last.at.getTime() >= LEASE_MS;
      waitingFor = polling ? "nsdiag-runs" : stale ? "interrupted" : "vendor-call";
      auto = polling || stale;
    } else if (state.status === "step-failed") waitingFor = "retry";
    else if (def.enforcing) waitingFor = fourEyes && !approved("ENFORCE") ? "enforce-approval" : "enforce-confirmation";
    else if (state.step === "verify" && sinceBegin.some((e) => e.type === "verify-failed")) waitingFor = "verify-failed";
    else if (state.step === "push-nsdiag" && !options.nsdiagGroupId) waitingFor = "manual-step";
    else if (def.automation === "manual" && state.step !== "verify" && state.step !== "schedule-renewal") waitingFor = "manual-step";
    else if (state.step === "schedule-renewal" && sinceBegin.some((e) => e.type === "renewal-not-planned")) waitingFor = "manual-step";
    else {
      waitingFor = "vendor-call";
      auto = true;
    }
  }
  const enforceRefused =
    waitingFor === "enforce-confirmation" || waitingFor === "enforce-approval" ? await enforceGuardCount(ctx, run, events.map((e) => ({ type: e.type, step: e.step, data: e.data, idempotencyKey: e.idempotencyKey }))) : null;
  return {
    id: run.id,
    enforceRefused,
    createsToken: active ? stepDefinition(plan, state.step as StepId).createsToken : false,
    version: run.version,
    tenant: { id: run.tenant.id, name: run.tenant.name, slug: run.tenant.slug, fourEyes, timeZone: run.tenant.timeZone },
    plan,
    status: run.status,
    machineStatus: state.status,
    step: "step" in state ? state.step : null,
    error: state.status === "step-failed" ? state.error : null,
    attempt: "attempt" in state ? state.attempt : null,
    tenantState: state.tenantState,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    overrideReason: run.overrideReason,
    steps,
    stepsDone: steps.filter((s) => s.status === "done" || s.status === "skipped").length,
    allowed: allowedEvents(state, now),
    waitingFor,
    auto,
    progress,
    newToken: state.newToken,
    enforcedAt: state.enforcedAt,
    watchUntil: state.watchUntil,
    approvals: approvals.map((a) => ({ gate: a.gate, by: a.approver.name, at: a.createdAt.toISOString(), comment: a.comment })),
    needsApproval: { start: fourEyes && !approved("START"), enforce: fourEyes && !approved("ENFORCE") },
    createdById: run.createdById,
    // A long nsdiag push polls every few seconds: of each run of polls only the latest is shown.
    events: events
      .filter((e, i) => !(e.type === "nsdiag-waiting" && events[i + 1]?.type === "nsdiag-waiting"))
      .slice(-25)
      .map((e) => ({
      id: String(e.id),
      at: e.at.toISOString(),
      type: e.type,
      step: e.step,
      actor: e.actorId ? (people.get(e.actorId) ?? null) : null,
      key: e.idempotencyKey,
      vendorRequestId: e.vendorRequestId,
      data: SAFE_DATA.has(e.type) ? e.data : null,
    })),
  };
}
export type RunView = Awaited<ReturnType<typeof getRunView>>;
