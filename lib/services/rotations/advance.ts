import "server-only";
// The step executor. `advanceRun` does at most ONE unit of work and returns: run one step (or resume
// it), or poll a long step once. It is idempotent: the page's polling calls it again and again, and
// a server restart in the middle of a step is just one more call. How a call knows what to do:
//   - step-pending / step-failed: gates first (four-eyes approvals, the Enforce readiness guard),
//     then `begin-api-call` is saved under the optimistic lock (the claim: of two racing callers one
//     gets a ConflictError), then the handler runs;
//   - step-running: someone claimed the step. If its last event is recent (within LEASE_MS) it is
//     still being worked on, so nothing is done; if older (the worker died), the handler is run again,
//     and handlers read the vendor state before writing, so nothing is written twice.
import { transition } from "@/lib/domain/rotation-machine";
import type { ApiResult, EnforceGuard, Evidence, RotationEvent as MachineEvent, RotationState } from "@/lib/domain/rotation-schemas";
import { stepDefinition, type StepId } from "@/lib/domain/rotation-steps";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { netskopeClientForTenant } from "@/lib/services/integrations/clients";
import { fleetOf } from "./preflight";
import { deviceReadinessRefreshJob } from "@/lib/jobs/handlers/devices";
import { enqueue } from "@/lib/jobs/queue";
import { logger } from "@/lib/server/logger";
import { finishRun } from "./finish";
import { loadRun, runEvents, saveState, type RunRow } from "./run-store";
import { createStepEnv, type RunOptions, type StepEnv } from "./step-env";
import { nsdiagConnection, pushNsdiag, updateMdmCommands, type NsdiagProgress } from "./steps-mdm";
import { addNewToken, enableNotEnforced, enforce, refreshToken, retireOldToken, unenforce } from "./steps-netskope";
import { scheduleEvidence, verifyOnTestDevice } from "./verify";
import { summarizeFleet } from "@/lib/domain/readiness-fleet";
import { newTokenValue } from "./tokens";

export const LEASE_MS = 60_000;

export const SE_STATE = { disabled: "DISABLED", "not-enforced": "NOT_ENFORCED", enforced: "ENFORCED" } as const;

export type AdvanceOutcome =
  | { kind: "advanced" }
  | { kind: "waiting"; progress: NsdiagProgress }
  | { kind: "busy" }
  | { kind: "needs-operator"; why: NeedsOperator }
  | { kind: "failed"; error: string }
  | { kind: "finished" };

export type NeedsOperator = "start-approval" | "enforce-approval" | "enforce-confirmation" | "enforce-override" | "manual-step" | "verify-failed";

export interface AdvanceInput {
  runId: string;
  /** The operator's click on the enforcing step (the Enforce is never automatic). */
  confirmEnforce?: boolean;
  /** An admin's reason to enforce although readiness counts refused devices. */
  overrideReason?: string;
  /** Re-assign the nsdiag script to retry failed devices. */
  retryFailed?: boolean;
  /** The operator moves on although fewer devices than the threshold succeeded (recorded). */
  acceptProgress?: boolean;
  now?: Date;
  /** Tests: stop after the vendor write, before the result is saved (a crash mid-step). */
  crashAfterWrite?: boolean;
}

export function runOptions(events: { type: string; data: unknown }[]): RunOptions {
  const start = events.find((e) => e.type === "run-started")?.data as { options?: Partial<RunOptions> } | undefined;
  return { nsdiagGroupId: start?.options?.nsdiagGroupId ?? null, nsdiagThreshold: start?.options?.nsdiagThreshold ?? 0.8 };
}

const approvedBy = (run: RunRow & { approvals: { gate: string; approverId: string }[] }, gate: "START" | "ENFORCE") =>
  run.approvals.some((a) => a.gate === gate && a.approverId !== run.createdById);

/** Refused devices if the new token alone were enforced now (devices count as ready once they hold it). */
export async function enforceGuardCount(ctx: ServiceContext, run: RunRow, events: { type: string; step: string; data: unknown; idempotencyKey: string | null }[]): Promise<number> {
  const token = await newTokenValue(ctx, events).catch(() => null);
  const fleet = await fleetOf(ctx, run.tenantId, token ? [token.fingerprint] : []);
  return summarizeFleet("enforce", fleet.map((f) => f.entry)).refused;
}

/** One unit of work on a run; see the file comment. */
export async function advanceRun({ ctx, input }: { ctx: ServiceContext; input: AdvanceInput }): Promise<AdvanceOutcome> {
  const now = input.now ?? new Date();
  const base = await loadRun(ctx, input.runId, "OPERATOR");
  const run = { ...base, approvals: await ctx.db.rotationApproval.findMany({ where: { runId: base.id }, select: { gate: true, approverId: true } }) };
  const state = run.machine;
  if (state.status !== "step-pending" && state.status !== "step-running" && state.status !== "step-failed") return { kind: "finished" };
  const events = (await runEvents(ctx, run.id)).map((e) => ({ type: e.type, step: e.step, data: e.data, idempotencyKey: e.idempotencyKey, at: e.at }));
  const options = runOptions(events);
  const step = state.step;
  const def = stepDefinition(state.plan, step);
  const env = createStepEnv(ctx, run, step, events, options, now);

  if (run.tenant.fourEyes && !approvedBy(run, "START")) return { kind: "needs-operator", why: "start-approval" };

  if (state.status === "step-running") {
    const last = events.at(-1);
    const polling = last?.type === "nsdiag-waiting";
    if (last && now.getTime() - last.at.getTime() < LEASE_MS && !polling) return { kind: "busy" };
    if (!polling) await env.note("resume", { after: last?.type ?? null });
    return runHandler(ctx, run, state, env, input);
  }

  // Operator-gated steps: verify runs by itself on the simulator's addon, scheduling by the planner.
  if (def.automation === "manual") {
    const evidence = step === "verify" ? await verifyOnTestDevice(env) : await scheduleEvidence(env);
    if (!evidence) return { kind: "needs-operator", why: step === "verify" ? "verify-failed" : "manual-step" };
    return recordEvidence(ctx, run, state, step, evidence, now);
  }
  if (step === "push-nsdiag" && !(await nsdiagConnection(env))) return { kind: "needs-operator", why: "manual-step" };
  let guard: EnforceGuard | undefined;
  if (def.enforcing) {
    if (run.tenant.fourEyes && !approvedBy(run, "ENFORCE")) return { kind: "needs-operator", why: "enforce-approval" };
    if (!input.confirmEnforce) return { kind: "needs-operator", why: "enforce-confirmation" };
    const refused = await enforceGuardCount(ctx, run, events);
    if (refused > 0 && !input.overrideReason) return { kind: "needs-operator", why: "enforce-override" };
    if (refused > 0 && ctx.actor.role !== "ADMIN") throw new ForbiddenError("Only an admin may enforce while devices would be refused.", "override_admin_only");
    guard = { refusedDevices: refused, overrideReason: input.overrideReason };
  }
  const next = transition(state, { type: "begin-api-call", step, enforceGuard: guard }, now);
  const version = await saveState(ctx, run, next, [{ type: "begin-api-call", step, data: { attempt: "attempt" in next ? next.attempt : 1, enforceGuard: guard ?? null }, idempotencyKey: env.key() }]);
  return runHandler(ctx, { ...run, version, machine: next }, next, env, input);
}

async function runHandler(ctx: ServiceContext, run: RunRow, state: RotationState, env: StepEnv, input: AdvanceInput): Promise<AdvanceOutcome> {
  const step = env.step;
  let result: ApiResult;
  try {
    if (step === "push-nsdiag") {
      const connectionId = await nsdiagConnection(env);
      if (!connectionId) throw new ValidationError("No Intune connection or group for the nsdiag push: record it by hand or skip it.");
      const polled = await pushNsdiag(env, connectionId, input.retryFailed);
      if (!polled.done && !input.acceptProgress) {
        // A poll is recorded when something changed (or the lease needs refreshing), not every 2 s.
        const prev = env.events.findLast((e) => e.type === "nsdiag-waiting");
        const prevAt = (prev as { at?: Date } | undefined)?.at?.getTime() ?? 0;
        if (!prev || JSON.stringify(prev.data) !== JSON.stringify(polled.progress) || env.now.getTime() - prevAt > LEASE_MS / 2 || env.events.at(-1)?.type !== "nsdiag-waiting")
          await env.note("nsdiag-waiting", polled.progress);
        return { kind: "waiting", progress: polled.progress };
      }
      if (!polled.done) await env.note("nsdiag-accepted", { ...polled.progress, by: ctx.actor.label });
      result = { targets: polled.progress.succeeded, vendorRequestId: env.key() };
    } else {
      const ns = await netskopeClientForTenant(run.tenantId);
      result = await HANDLERS[step as keyof typeof HANDLERS](env, ns);
    }
  } catch (e) {
    const error = e instanceof Error ? e.message.slice(0, 500) : "failed";
    const failed = transition(state, { type: "api-failed", step, error }, env.now);
    await saveState(ctx, run, failed, [{ type: "api-failed", step, data: { error }, idempotencyKey: env.key() }]);
    return { kind: "failed", error };
  }
  if (input.crashAfterWrite) throw new Error("simulated crash after the vendor write");
  const next = transition(state, { type: "api-succeeded", step, result }, env.now);
  await saveState(ctx, run, next, [{ type: "api-succeeded", step, data: { result }, idempotencyKey: env.key(), vendorRequestId: result.vendorRequestId ?? null }], (tx) =>
    tx.tenant.update({ where: { id: run.tenantId }, data: { seState: SE_STATE[next.tenantState] } }).then(() => undefined),
  );
  return { kind: "advanced" };
}

const HANDLERS: Record<Exclude<StepId, "push-nsdiag" | "verify" | "schedule-renewal">, (env: StepEnv, ns: Awaited<ReturnType<typeof netskopeClientForTenant>>) => Promise<ApiResult>> = {
  "enable-not-enforced": enableNotEnforced,
  unenforce,
  "refresh-token": refreshToken,
  "add-new-token": addNewToken,
  "update-mdm-commands": (env) => updateMdmCommands(env),
  enforce,
  "retire-old-token": retireOldToken,
};

/** Completes a step with evidence (the operator's, or the product's own verification); completes the run after the last step. */
export async function recordEvidence(ctx: ServiceContext, run: RunRow, state: RotationState, step: StepId, evidence: Evidence, now: Date, guard?: EnforceGuard): Promise<AdvanceOutcome> {
  const event: MachineEvent = { type: "record-evidence", step, evidence, enforceGuard: guard };
  const next = transition(state, event, now);
  await saveState(ctx, run, next, [{ type: "record-evidence", step, data: { evidence, enforceGuard: guard ?? null } }], next.status === "completed" ? (tx) => finishRun(tx, run, next) : undefined);
  if (next.status === "completed") await queueReadinessRefresh(run.tenantId);
  return { kind: "advanced" };
}

/** The devices' readiness against the new current token, in the background; the next sync would do it too. */
async function queueReadinessRefresh(tenantId: string): Promise<void> {
  try {
    await enqueue(deviceReadinessRefreshJob, { tenantId }, { singletonKey: tenantId });
  } catch (e) {
    logger.warn({ tenantId, err: (e as Error).message }, "could not queue the readiness refresh after a rotation; the next device sync refreshes it");
  }
}

export { ConflictError };
