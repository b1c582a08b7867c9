"use server";
// The rotation wizard's actions: thin, validated, one service verb each. Tenant roles are checked by
// the action layer (start) or by the services (`loadRun(…, "OPERATOR")`) for actions keyed by run.
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { advanceRun } from "@/lib/services/rotations/advance";
import { approveRun, ApproveInput, cancelRun, EvidenceInput, recordManualEvidence, revertToNotEnforced, rollbackRun, RunReasonInput, skipStep } from "@/lib/services/rotations/control";
import { StartRunInput, startRotationRun } from "@/lib/services/rotations/start";
import { StepId } from "@/lib/domain/rotation-schemas";

/** Starts a run; returns its id (the page then opens /rotations/<id>). */
export const startRotationAction = defineAction({ name: "startRotationAction", role: "OPERATOR", tenantScoped: true }, StartRunInput, async ({ ctx, input }) => startRotationRun({ ctx, input }));

const AdvanceInput = z.strictObject({
  runId: z.string().min(1).max(64),
  confirmEnforce: z.boolean().optional(),
  overrideReason: z.string().trim().min(10).max(2000).optional(),
  retryFailed: z.boolean().optional(),
  acceptProgress: z.boolean().optional(),
});

/** One unit of work on a run (idempotent: the page's polling calls it while the run can move by itself). */
export const advanceRotationAction = defineAction({ name: "advanceRotationAction", role: "OPERATOR" }, AdvanceInput, async ({ ctx, input }) => advanceRun({ ctx, input }));

/** A second admin approves the start or the Enforce (four-eyes). */
export const approveRotationAction = defineAction({ name: "approveRotationAction", role: "ADMIN" }, ApproveInput, async ({ ctx, input }) => {
  await approveRun({ ctx, input });
  return { ok: true };
});

/** Evidence for a step done by hand in the console. */
export const recordRotationEvidenceAction = defineAction({ name: "recordRotationEvidenceAction", role: "OPERATOR" }, EvidenceInput, async ({ ctx, input }) => {
  await recordManualEvidence({ ctx, input });
  return { ok: true };
});

/** Skips the nsdiag push with a reason. */
export const skipRotationStepAction = defineAction({ name: "skipRotationStepAction", role: "OPERATOR" }, RunReasonInput.extend({ step: StepId }), async ({ ctx, input }) => {
  await skipStep({ ctx, input });
  return { ok: true };
});

/** Cancels a run with no step done. */
export const cancelRotationAction = defineAction({ name: "cancelRotationAction", role: "OPERATOR" }, RunReasonInput, async ({ ctx, input }) => {
  await cancelRun({ ctx, input });
  return { ok: true };
});

/** Rollback before Enforce. */
export const rollbackRotationAction = defineAction({ name: "rollbackRotationAction", role: "OPERATOR" }, RunReasonInput, async ({ ctx, input }) => rollbackRun({ ctx, input }));

/** Back to Not Enforced within the watch window. */
export const revertRotationAction = defineAction({ name: "revertRotationAction", role: "OPERATOR" }, RunReasonInput, async ({ ctx, input }) => {
  await revertToNotEnforced({ ctx, input });
  return { ok: true };
});
