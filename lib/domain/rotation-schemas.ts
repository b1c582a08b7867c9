// The rotation run's persisted shapes, as zod schemas: the state (stored as `RotationRun.state`,
// validated on read) and the events (appended as `RotationEvent` rows). Instants are ISO strings so
// the state round-trips through JSON unchanged.
import { z } from "zod";
import { EVIDENCE_KINDS, ROTATION_PLAN_IDS, STEP_IDS } from "./rotation-steps";

// The runbooks' ids (rotation-steps.ts) as zod enums, for actions and the stored state.
export const RotationPlanId = z.enum(ROTATION_PLAN_IDS);
export type RotationPlanId = z.infer<typeof RotationPlanId>;
export const StepId = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

const instant = z.iso.datetime({ offset: true });
const text = z.string().trim().min(1).max(2000);

export const TenantStateValue = z.enum(["disabled", "not-enforced", "enforced"]);
export type TenantStateValue = z.infer<typeof TenantStateValue>;

/** What the operator records to complete a step by hand. */
export const Evidence = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("console-confirmation"),
    note: text,
    /** A ticket, a screenshot's location, a console URL. */
    reference: text.optional(),
    /** For a step that creates a token: the fingerprint of the value pasted from the console (never the value). */
    tokenFingerprint: text.optional(),
    tokenExpiresAt: instant.optional(),
  }),
  z.strictObject({
    kind: z.literal("test-device"),
    deviceName: text,
    user: text,
    /** DOMAIN.md: confirm the user enrolls (Devices page status, the device's EVENT HISTORY). */
    enrolled: z.literal(true),
    note: text.optional(),
  }),
  z.strictObject({ kind: z.literal("scheduled-date"), scheduledFor: instant }),
]);
export type Evidence = z.infer<typeof Evidence>;

/** What an API step returned. */
export const ApiResult = z.strictObject({
  vendorRequestId: text.optional(),
  tokenFingerprint: text.optional(),
  tokenExpiresAt: instant.optional(),
  /** MDM commands updated or devices targeted. */
  targets: z.int().min(0).optional(),
});
export type ApiResult = z.infer<typeof ApiResult>;

export const StepRecord = z.strictObject({
  step: StepId,
  by: z.enum(["api", "operator", "skipped"]),
  at: instant,
  evidence: Evidence.optional(),
  result: ApiResult.optional(),
  skipReason: text.optional(),
});
export type StepRecord = z.infer<typeof StepRecord>;

const runBase = {
  plan: RotationPlanId,
  startedAt: instant,
  tenantState: TenantStateValue,
  completed: z.array(StepRecord),
  newToken: z.strictObject({ fingerprint: text, expiresAt: instant }).nullable(),
  enforcedAt: instant.nullable(),
  watchUntil: instant.nullable(),
  watchWindowHours: z.number().positive().max(24 * 14),
  reverts: z.int().min(0),
};

export const RotationState = z.discriminatedUnion("status", [
  z.strictObject({ ...runBase, status: z.literal("step-pending"), step: StepId }),
  z.strictObject({ ...runBase, status: z.literal("step-running"), step: StepId, attempt: z.int().min(1) }),
  z.strictObject({ ...runBase, status: z.literal("step-failed"), step: StepId, attempt: z.int().min(1), error: text }),
  z.strictObject({ ...runBase, status: z.literal("completed"), finishedAt: instant }),
  z.strictObject({
    ...runBase,
    status: z.literal("rolled-back"),
    finishedAt: instant,
    fromStep: StepId,
    reason: text,
    /** The tenant state the rollback puts back, and whether the old token can be accepted again. */
    restoreTenantState: TenantStateValue,
    restoresOldToken: z.boolean(),
  }),
  z.strictObject({ ...runBase, status: z.literal("cancelled"), finishedAt: instant, reason: text }),
  z.strictObject({ ...runBase, status: z.literal("failed"), finishedAt: instant, step: StepId, reason: text }),
]);
export type RotationState = z.infer<typeof RotationState>;
export type RotationStatus = RotationState["status"];

export const EnforceGuard = z.strictObject({
  /** Devices the readiness summary says would be refused. */
  refusedDevices: z.int().min(0),
  /** Required when refusedDevices > 0: enforcing anyway is a recorded decision. */
  overrideReason: text.optional(),
});
export type EnforceGuard = z.infer<typeof EnforceGuard>;

export const RotationEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("begin-api-call"), step: StepId, enforceGuard: EnforceGuard.optional() }),
  z.strictObject({ type: z.literal("api-succeeded"), step: StepId, result: ApiResult }),
  z.strictObject({ type: z.literal("api-failed"), step: StepId, error: text }),
  z.strictObject({ type: z.literal("record-evidence"), step: StepId, evidence: Evidence, enforceGuard: EnforceGuard.optional() }),
  z.strictObject({ type: z.literal("skip-step"), step: StepId, reason: text }),
  z.strictObject({ type: z.literal("rollback"), reason: text }),
  z.strictObject({ type: z.literal("revert-to-not-enforced"), reason: text }),
  z.strictObject({ type: z.literal("cancel"), reason: text }),
  z.strictObject({ type: z.literal("abandon"), reason: text }),
]);
export type RotationEvent = z.infer<typeof RotationEvent>;
