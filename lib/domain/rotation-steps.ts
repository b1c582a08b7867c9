// The three runbooks of DOMAIN.md as step definitions: what each step does to the tenant, whether the
// product can do it through an API or the operator does it and records evidence, and what may follow.
// The wizard renders these; readiness simulates them; the state machine enforces their order.
// No zod here: the browser imports this through readiness (what-if, devices), and zod would add ~30 kB
// to those pages (issue 6). The zod enums of these ids are in rotation-schemas.ts.
import type { PlannedChange, TenantState } from "./types";

/** The plans, named like the foundation's `RotationPlan` enum (ENABLE, ROTATE_SINGLE, ROTATE_MULTI). */
export const ROTATION_PLAN_IDS = ["enable", "rotate-single", "rotate-multi"] as const;
export type RotationPlanId = (typeof ROTATION_PLAN_IDS)[number];

export const STEP_IDS = [
  "enable-not-enforced",
  "unenforce",
  "refresh-token",
  "add-new-token",
  "update-mdm-commands",
  "push-nsdiag",
  "enforce",
  "retire-old-token",
  "verify",
  "schedule-renewal",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** "api": the product calls Netskope or the MDM (the operator may do it by hand and record evidence instead). */
export type StepAutomation = "api" | "manual";

export const EVIDENCE_KINDS = ["console-confirmation", "test-device", "scheduled-date"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Which tokens the tenant accepts once the step is done ("old": the token in place before the run). */
export type AcceptedTokens = "old" | "new" | "old-and-new";

export interface StepDefinition {
  id: StepId;
  automation: StepAutomation;
  /** What the operator must record to complete the step by hand. */
  evidence: EvidenceKind;
  /** Only the nsdiag push may be skipped (no UPN × multi-user device needs it), with a reason. */
  skippable: boolean;
  /** Turns enforcement on: rollback is allowed before it, "back to Not Enforced" within the watch window after it. */
  enforcing: boolean;
  /** Irreversible in the console (a refreshed token cannot be restored), so rollback past it cannot restore the old state. */
  irreversible: boolean;
  /** Creates the token the run rolls out: its fingerprint and expiry must be recorded. */
  createsToken: boolean;
  tenantStateAfter: TenantState;
  acceptsAfter: AcceptedTokens;
}

type Defaults = "skippable" | "enforcing" | "irreversible" | "createsToken";
const step = (d: Omit<StepDefinition, Defaults> & Partial<Pick<StepDefinition, Defaults>>): StepDefinition => ({
  skippable: false,
  enforcing: false,
  irreversible: false,
  createsToken: false,
  ...d,
});

// DOMAIN.md "The runbook: enable": console enable (Not Enforced), MDM commands, nsdiag to UPN × multi-user
// devices, Enforce, verify on a test device, track the expiry.
const ENABLE: readonly StepDefinition[] = [
  step({ id: "enable-not-enforced", automation: "api", createsToken: true, evidence: "console-confirmation", tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "update-mdm-commands", automation: "api", evidence: "console-confirmation", tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "push-nsdiag", automation: "api", evidence: "console-confirmation", skippable: true, tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "enforce", automation: "api", evidence: "console-confirmation", enforcing: true, tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "verify", automation: "manual", evidence: "test-device", tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "schedule-renewal", automation: "manual", evidence: "scheduled-date", tenantStateAfter: "enforced", acceptsAfter: "new" }),
];

// DOMAIN.md "The runbook: rotate". Its step 1 ("DO NOT ENFORCE", then "Refresh token") is split in two,
// in that order, because only the first can be undone: after a refresh the old value is gone.
const ROTATE_SINGLE: readonly StepDefinition[] = [
  step({ id: "unenforce", automation: "api", evidence: "console-confirmation", tenantStateAfter: "not-enforced", acceptsAfter: "old" }),
  step({ id: "refresh-token", automation: "api", createsToken: true, evidence: "console-confirmation", irreversible: true, tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "update-mdm-commands", automation: "api", evidence: "console-confirmation", tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "push-nsdiag", automation: "api", evidence: "console-confirmation", skippable: true, tenantStateAfter: "not-enforced", acceptsAfter: "new" }),
  step({ id: "enforce", automation: "api", evidence: "console-confirmation", enforcing: true, tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "verify", automation: "manual", evidence: "test-device", tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "schedule-renewal", automation: "manual", evidence: "scheduled-date", tenantStateAfter: "enforced", acceptsAfter: "new" }),
];

// DOMAIN.md: with multi-token support, steps 1 and 4 become "add a new token alongside the old one" and
// "retire the old token": the tenant stays Enforced throughout. Retiring is the enforcing step: it is
// the moment devices still holding only the old token start being refused.
const ROTATE_MULTI: readonly StepDefinition[] = [
  step({ id: "add-new-token", automation: "api", createsToken: true, evidence: "console-confirmation", tenantStateAfter: "enforced", acceptsAfter: "old-and-new" }),
  step({ id: "update-mdm-commands", automation: "api", evidence: "console-confirmation", tenantStateAfter: "enforced", acceptsAfter: "old-and-new" }),
  step({ id: "push-nsdiag", automation: "api", evidence: "console-confirmation", skippable: true, tenantStateAfter: "enforced", acceptsAfter: "old-and-new" }),
  step({ id: "retire-old-token", automation: "api", evidence: "console-confirmation", enforcing: true, irreversible: true, tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "verify", automation: "manual", evidence: "test-device", tenantStateAfter: "enforced", acceptsAfter: "new" }),
  step({ id: "schedule-renewal", automation: "manual", evidence: "scheduled-date", tenantStateAfter: "enforced", acceptsAfter: "new" }),
];

export const PLAN_STEPS: Readonly<Record<RotationPlanId, readonly StepDefinition[]>> = {
  enable: ENABLE,
  "rotate-single": ROTATE_SINGLE,
  "rotate-multi": ROTATE_MULTI,
};

/** The tenant before a run starts: disabled before enablement, Enforced on the old token before a rotation. */
export const PLAN_START: Readonly<Record<RotationPlanId, { tenantState: TenantState; accepts: AcceptedTokens | "none" }>> = {
  enable: { tenantState: "disabled", accepts: "none" },
  "rotate-single": { tenantState: "enforced", accepts: "old" },
  "rotate-multi": { tenantState: "enforced", accepts: "old" },
};

/** The run plan that carries out a planned change of the readiness API. */
export function planForChange(change: PlannedChange): RotationPlanId {
  switch (change) {
    case "enforce":
      return "enable";
    case "rotate-single-token":
      return "rotate-single";
    case "rotate-multi-token":
      return "rotate-multi";
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${String(unreachable)}`);
    }
  }
}

/** The step definitions of a plan, in order. */
export function planSteps(plan: RotationPlanId): readonly StepDefinition[] {
  return PLAN_STEPS[plan];
}

/** One step of a plan; throws when the plan has no such step. */
export function stepDefinition(plan: RotationPlanId, id: StepId): StepDefinition {
  const found = PLAN_STEPS[plan].find((s) => s.id === id);
  if (!found) throw new RangeError(`plan ${plan} has no step ${id}`);
  return found;
}
