import "server-only";
// The operator's decisions on a run: approvals (four-eyes), evidence for a step done by hand, skipping
// the nsdiag push, cancel, rollback before Enforce and "back to Not Enforced" in the watch window.
// Every one is a state change under the optimistic lock, and audited.
import { z } from "zod";
import { transition } from "@/lib/domain/rotation-machine";
import { Evidence, StepId } from "@/lib/domain/rotation-schemas";
import { stepDefinition } from "@/lib/domain/rotation-steps";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { netskopeClientForTenant } from "@/lib/services/integrations/clients";
import { enforceGuardCount, recordEvidence, runOptions, SE_STATE } from "./advance";
import { loadRun, runEvents, saveState } from "./run-store";
import { createStepEnv } from "./step-env";
import { restoreCommands } from "./steps-mdm";
import { fingerprint, newTokenValue, storeNewToken } from "./tokens";

const Reason = z.string().trim().min(5).max(2000);

async function eventsOf(ctx: ServiceContext, runId: string) {
  return (await runEvents(ctx, runId)).map((e) => ({ type: e.type, step: e.step, data: e.data, idempotencyKey: e.idempotencyKey }));
}

const audit = (ctx: ServiceContext, run: { id: string; tenantId: string }, action: string, summary: unknown) =>
  recordAudit(ctx, { action, tenantId: run.tenantId, targetType: "rotation_run", targetId: run.id, summary });

export const ApproveInput = z.strictObject({ runId: z.string().min(1), gate: z.enum(["START", "ENFORCE"]), comment: z.string().trim().max(2000).optional() });

/** A second admin's approval (four-eyes): never the run's creator. */
export async function approveRun({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof ApproveInput> }) {
  const { runId, gate, comment } = ApproveInput.parse(input);
  const run = await loadRun(ctx, runId, "OPERATOR");
  if (ctx.actor.type !== "user" || ctx.actor.role !== "ADMIN") throw new ForbiddenError("Approvals are given by an admin.");
  if (run.createdById === ctx.actor.id) throw new ForbiddenError("The run's creator cannot approve it: a second admin must.", "four_eyes_self");
  const actorId = ctx.actor.id;
  await ctx.db.rotationApproval.upsert({ where: { runId_gate_approverId: { runId, gate, approverId: actorId } }, create: { runId, gate, approverId: actorId, comment }, update: {} });
  await ctx.db.rotationEvent.create({ data: { runId, actorId, type: "approved", step: run.step, data: { gate, comment: comment ?? null } } });
  await audit(ctx, run, "rotation.approve", { gate });
}

export const EvidenceInput = z.strictObject({
  runId: z.string().min(1),
  step: StepId,
  evidence: Evidence,
  /** A step that creates a token: the value pasted from the console (checked for format and newness, stored encrypted, never echoed). */
  token: z.string().trim().max(512).optional(),
  tokenExpiresAt: z.iso.datetime({ offset: true }).optional(),
  overrideReason: Reason.optional(),
});

/** The operator did a step in the console: record the evidence (and the new token, for a token step). */
export async function recordManualEvidence({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: z.input<typeof EvidenceInput>; now?: Date }) {
  const parsed = EvidenceInput.parse(input);
  const run = await loadRun(ctx, parsed.runId, "OPERATOR");
  const state = run.machine;
  if (!("step" in state) || state.status === "step-running") throw new ConflictError("The run is not waiting for this step.", "wrong_step");
  const def = stepDefinition(state.plan, parsed.step);
  const events = await eventsOf(ctx, run.id);
  let evidence = parsed.evidence;
  if (def.createsToken) {
    if (!parsed.token || !parsed.tokenExpiresAt) throw new ValidationError("Paste the new token and its expiry from the console.", { token: ["required"] });
    const stored = await storeNewToken(ctx, run, events, { value: parsed.token, expiresAt: new Date(parsed.tokenExpiresAt), vendorTokenSetId: null, step: parsed.step, source: "MANUAL" });
    if (evidence.kind === "console-confirmation") evidence = { ...evidence, tokenFingerprint: stored.fingerprint, tokenExpiresAt: stored.expiresAt };
  }
  let guard;
  if (def.enforcing) {
    const refused = await enforceGuardCount(ctx, run, events);
    if (refused > 0 && ctx.actor.role !== "ADMIN") throw new ForbiddenError("Only an admin may enforce while devices would be refused.", "override_admin_only");
    guard = { refusedDevices: refused, overrideReason: parsed.overrideReason };
  }
  await recordEvidence(ctx, run, state, parsed.step, evidence, now, guard);
  await audit(ctx, run, "rotation.evidence", { step: parsed.step, kind: evidence.kind });
}

export const RunReasonInput = z.strictObject({ runId: z.string().min(1), reason: Reason });

/** Skips the nsdiag push (no UPN × multi-user device needs it, or it was done otherwise), with a reason. */
export async function skipStep({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof RunReasonInput> & { step: string } }) {
  const { runId, reason } = RunReasonInput.parse({ runId: input.runId, reason: input.reason });
  const run = await loadRun(ctx, runId, "OPERATOR");
  const step = StepId.parse(input.step);
  const next = transition(run.machine, { type: "skip-step", step, reason }, new Date());
  await saveState(ctx, run, next, [{ type: "skip-step", step, data: { reason } }]);
  await audit(ctx, run, "rotation.skip", { step, reason });
}

/** Cancels a run with no step done. */
export async function cancelRun({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof RunReasonInput> }) {
  const { runId, reason } = RunReasonInput.parse(input);
  const run = await loadRun(ctx, runId, "OPERATOR");
  const next = transition(run.machine, { type: "cancel", reason }, new Date());
  await saveState(ctx, run, next, [{ type: "cancel", step: run.step, data: { reason } }]);
  await audit(ctx, run, "rotation.cancel", { reason });
}

/**
 * Rollback before Enforce: the machine decides what can be restored; then the previous install
 * commands go back (when the old token is still valid, or for an enablement) and a token set this
 * run created is deleted. Vendor undo first (each write keyed and read-first), the state last.
 */
export async function rollbackRun({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof RunReasonInput> }) {
  const { runId, reason } = RunReasonInput.parse(input);
  const run = await loadRun(ctx, runId, "OPERATOR");
  const now = new Date();
  const next = transition(run.machine, { type: "rollback", reason }, now);
  if (next.status !== "rolled-back") throw new ConflictError("Rollback is not possible now.");
  const events = await eventsOf(ctx, run.id);
  const env = createStepEnv(ctx, run, next.fromStep, events, runOptions(events), now);
  await env.note("rollback-intent", { reason, restoresOldToken: next.restoresOldToken, restoreTenantState: next.restoreTenantState });
  let restored = 0;
  if (next.restoresOldToken || run.plan === "ENABLE") restored = await restoreCommands(env);
  const ns = await netskopeClientForTenant(run.tenantId);
  const created = events.findLast((e) => e.type === "new-token-set")?.data as { tsid: number } | undefined;
  const sets = await ns.listTokenSets();
  let token = null;
  try {
    token = await newTokenValue(ctx, events);
  } catch {
    token = null;
  }
  if (run.plan === "ROTATE_MULTI" && created && sets.some((s) => s.id === created.tsid))
    await env.write({ target: `delete:${created.tsid}`, method: "DELETE", path: `enrollment/tokenset/${created.tsid}` }, () => ns.deleteTokenSet(created.tsid));
  if (run.plan === "ENABLE" && token) {
    const set = sets.find((s) => s.authToken && fingerprint(s.authToken) === token.fingerprint);
    if (set) await env.write({ target: `delete:${set.id}`, method: "DELETE", path: `enrollment/tokenset/${set.id}` }, () => ns.deleteTokenSet(set.id));
  }
  if (run.plan === "ROTATE_SINGLE" && next.restoreTenantState === "enforced")
    for (const set of sets.filter((s) => !s.enforced))
      await env.write({ target: `enforce:${set.id}`, method: "PATCH", path: `enrollment/tokenset/${set.id}`, body: { enforce_status: 1 } }, () => ns.setEnforceStatus(set.id, true, { idempotencyKey: env.key(`enforce:${set.id}`) }));
  await saveState(ctx, run, next, [{ type: "rollback", step: next.fromStep, data: { reason, restored } }], async (tx) => {
    await tx.tenant.update({ where: { id: run.tenantId }, data: { seState: SE_STATE[next.restoreTenantState] } });
    if (token && next.restoresOldToken) await tx.token.update({ where: { id: token.id }, data: { stage: "RETIRED", retiredAt: now } });
  });
  await audit(ctx, run, "rotation.rollback", { reason, restored, fromStep: next.fromStep });
  return { restored };
}

/** One click back to Not Enforced within the watch window after Enforce (audited). */
export async function revertToNotEnforced({ ctx, input }: { ctx: ServiceContext; input: z.input<typeof RunReasonInput> }) {
  const { runId, reason } = RunReasonInput.parse(input);
  const run = await loadRun(ctx, runId, "OPERATOR");
  const now = new Date();
  const next = transition(run.machine, { type: "revert-to-not-enforced", reason }, now);
  const events = await eventsOf(ctx, run.id);
  const env = createStepEnv(ctx, run, "enforce", events, runOptions(events), now);
  const ns = await netskopeClientForTenant(run.tenantId);
  for (const set of (await ns.listTokenSets()).filter((s) => s.enforced))
    await env.write({ target: `revert:${set.id}`, method: "PATCH", path: `enrollment/tokenset/${set.id}`, body: { enforce_status: 0 } }, () => ns.setEnforceStatus(set.id, false, { idempotencyKey: env.key(`revert:${set.id}`) }));
  await saveState(ctx, run, next, [{ type: "revert-to-not-enforced", step: run.step, data: { reason } }], async (tx) => {
    await tx.tenant.update({ where: { id: run.tenantId }, data: { seState: "NOT_ENFORCED" } });
  });
  await audit(ctx, run, "rotation.revert-to-not-enforced", { reason });
}
