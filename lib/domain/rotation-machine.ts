// The rotation wizard's pure state machine (STYLE.md "The rotation wizard"): the runbooks of DOMAIN.md
// step by step, in order, because "each step in this order keeps enrollments working throughout".
// `transition(state, event, now)` returns the next state or throws RotationTransitionError. Vendor calls
// happen outside: the service records `begin-api-call` (its intent), calls the vendor, then records
// `api-succeeded` or `api-failed`.
import { planSteps, stepDefinition, type RotationPlanId, type StepDefinition, type StepId } from "./rotation-steps";
import type { ApiResult, EnforceGuard, Evidence, RotationEvent, RotationState, StepRecord } from "./rotation-schemas";

export const TRANSITION_ERROR_CODES = [
  "run-finished",
  "event-not-allowed",
  "wrong-step",
  "not-an-api-step",
  "not-skippable",
  "evidence-mismatch",
  "precondition-failed",
  "watch-window-closed",
  "multi-token-not-supported",
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

/** A refused transition: `code` is stable (the UI translates it), `message` explains it in English. */
export class RotationTransitionError extends Error {
  readonly code: TransitionErrorCode;
  constructor(code: TransitionErrorCode, message: string) {
    super(message);
    this.name = "RotationTransitionError";
    this.code = code;
  }
}

function fail(code: TransitionErrorCode, message: string): never {
  throw new RotationTransitionError(code, message);
}

export const DEFAULT_WATCH_WINDOW_HOURS = 24;

export interface StartOptions {
  watchWindowHours?: number;
  /** The tenant has multi-token support (on request, or after Netskope force-enabled it). */
  multiTokenSupported?: boolean;
}

/** A new run at its first step; a multi-token rotation needs a tenant with multi-token support. */
export function startRun(plan: RotationPlanId, now: Date, options: StartOptions = {}): RotationState {
  if (plan === "rotate-multi" && !options.multiTokenSupported)
    fail("multi-token-not-supported", "A multi-token rotation needs multi-token support on the tenant (ask Netskope to enable it).");
  const first = planSteps(plan)[0] as StepDefinition;
  return {
    status: "step-pending",
    step: first.id,
    plan,
    startedAt: now.toISOString(),
    tenantState: plan === "enable" ? "disabled" : "enforced",
    completed: [],
    newToken: null,
    enforcedAt: null,
    watchUntil: null,
    watchWindowHours: options.watchWindowHours ?? DEFAULT_WATCH_WINDOW_HOURS,
    reverts: 0,
  };
}

type Active = Extract<RotationState, { status: "step-pending" | "step-running" | "step-failed" }>;
type Finished = Exclude<RotationState, Active>;

function base(s: RotationState) {
  const { plan, startedAt, tenantState, completed, newToken, enforcedAt, watchUntil, watchWindowHours, reverts } = s;
  return { plan, startedAt, tenantState, completed, newToken, enforcedAt, watchUntil, watchWindowHours, reverts };
}

/** The next state after an event; throws RotationTransitionError when the event is not allowed now. */
export function transition(state: RotationState, event: RotationEvent, now: Date): RotationState {
  switch (state.status) {
    case "step-pending":
    case "step-running":
    case "step-failed":
      return onActive(state, event, now);
    case "completed":
    case "rolled-back":
    case "cancelled":
    case "failed":
      return finished(state, event);
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

function finished(state: Finished, event: RotationEvent): never {
  return fail("run-finished", `The run is ${state.status}; "${event.type}" is not possible any more.`);
}

function onActive(state: Active, event: RotationEvent, now: Date): RotationState {
  const def = stepDefinition(state.plan, state.step);
  const sameStep = (step: StepId) => {
    if (step !== state.step) fail("wrong-step", `The run is at "${state.step}", not "${step}".`);
  };
  const idle = state.status !== "step-running";
  switch (event.type) {
    case "begin-api-call":
      sameStep(event.step);
      if (!idle) fail("event-not-allowed", "An API call for this step is already in progress.");
      if (def.automation !== "api") fail("not-an-api-step", `"${def.id}" is done by the operator, with evidence.`);
      checkEnforceGuard(def, event.enforceGuard);
      return { ...base(state), status: "step-running", step: state.step, attempt: state.status === "step-failed" ? state.attempt + 1 : 1 };
    case "api-succeeded":
      sameStep(event.step);
      if (state.status !== "step-running") fail("event-not-allowed", "No API call is in progress for this step.");
      return complete(state, def, { step: def.id, by: "api", at: now.toISOString(), result: event.result }, tokenOf(def, event.result, now), now);
    case "api-failed":
      sameStep(event.step);
      if (state.status !== "step-running") fail("event-not-allowed", "No API call is in progress for this step.");
      return { ...base(state), status: "step-failed", step: state.step, attempt: state.attempt, error: event.error };
    case "record-evidence":
      sameStep(event.step);
      if (!idle) fail("event-not-allowed", "Wait for the API call in progress to finish.");
      checkEvidence(state, def, event.evidence, now);
      checkEnforceGuard(def, event.enforceGuard);
      return complete(state, def, { step: def.id, by: "operator", at: now.toISOString(), evidence: event.evidence }, tokenOf(def, event.evidence, now), now);
    case "skip-step":
      sameStep(event.step);
      if (!idle) fail("event-not-allowed", "Wait for the API call in progress to finish.");
      if (!def.skippable) fail("not-skippable", `"${def.id}" cannot be skipped.`);
      return complete(state, def, { step: def.id, by: "skipped", at: now.toISOString(), skipReason: event.reason }, null, now);
    case "rollback":
      return rollback(state, event.reason, now);
    case "revert-to-not-enforced":
      return revert(state, now);
    case "cancel":
      if (!idle || state.completed.length > 0) fail("event-not-allowed", "Only a run with no step done can be cancelled; roll it back instead.");
      return { ...base(state), status: "cancelled", finishedAt: now.toISOString(), reason: event.reason };
    case "abandon":
      if (state.status !== "step-failed") fail("event-not-allowed", "Only a run whose step failed can be abandoned.");
      return { ...base(state), status: "failed", finishedAt: now.toISOString(), step: state.step, reason: event.reason };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

// Enforcing while readiness still counts refused devices locks their new users out: it needs a reason.
function checkEnforceGuard(def: StepDefinition, guard: EnforceGuard | undefined): void {
  if (!def.enforcing) return;
  if (!guard) fail("precondition-failed", `"${def.id}" needs the current readiness count of refused devices.`);
  else if (guard.refusedDevices > 0 && !guard.overrideReason)
    fail("precondition-failed", `${guard.refusedDevices} device(s) would be refused: enforcing anyway needs a reason.`);
}

function checkEvidence(state: Active, def: StepDefinition, evidence: Evidence, now: Date): void {
  if (evidence.kind !== def.evidence) fail("evidence-mismatch", `"${def.id}" needs "${def.evidence}" evidence, not "${evidence.kind}".`);
  if (evidence.kind === "scheduled-date") {
    const at = Date.parse(evidence.scheduledFor);
    if (at <= now.getTime()) fail("precondition-failed", "The next rotation must be scheduled in the future.");
    if (state.newToken && at >= Date.parse(state.newToken.expiresAt))
      fail("precondition-failed", "The next rotation must be scheduled before the new token expires.");
  }
}

function tokenOf(def: StepDefinition, source: ApiResult | Evidence, now: Date): { fingerprint: string; expiresAt: string } | null {
  if (!def.createsToken) return null;
  const fingerprint = "tokenFingerprint" in source ? source.tokenFingerprint : undefined;
  const expiresAt = "tokenExpiresAt" in source ? source.tokenExpiresAt : undefined;
  if (!fingerprint || !expiresAt) return fail("precondition-failed", `"${def.id}" must record the new token's fingerprint and expiry.`);
  if (Date.parse(expiresAt) <= now.getTime()) fail("precondition-failed", "The new token is already expired.");
  return { fingerprint, expiresAt };
}

function complete(state: Active, def: StepDefinition, record: StepRecord, token: { fingerprint: string; expiresAt: string } | null, now: Date): RotationState {
  const steps = planSteps(state.plan);
  const next = steps[steps.findIndex((s) => s.id === def.id) + 1];
  const enforcedAt = def.enforcing ? now.toISOString() : state.enforcedAt;
  const watchUntil = def.enforcing ? new Date(now.getTime() + state.watchWindowHours * 3_600_000).toISOString() : state.watchUntil;
  const updated = {
    ...base(state),
    tenantState: def.tenantStateAfter,
    completed: [...state.completed, record],
    newToken: token ?? state.newToken,
    enforcedAt,
    watchUntil,
  };
  if (!next) return { ...updated, status: "completed", finishedAt: now.toISOString() };
  return { ...updated, status: "step-pending", step: next.id };
}

// Rollback is for a run that has not enforced yet. It restores what the run started from where the
// console allows it: a refreshed single token cannot be restored, so the tenant stays Not Enforced.
function rollback(state: Active, reason: string, now: Date): RotationState {
  if (state.status === "step-running") fail("event-not-allowed", "Wait for the API call in progress to finish.");
  if (state.enforcedAt) fail("event-not-allowed", "Enforcement is already on: use \"back to Not Enforced\" within the watch window.");
  if (state.completed.length === 0) fail("event-not-allowed", "Nothing is done yet: cancel the run instead.");
  const done = new Set(state.completed.map((r) => r.step));
  const lostOldToken = planSteps(state.plan).some((s) => s.irreversible && done.has(s.id));
  const restoreTenantState = state.plan === "enable" ? "disabled" : lostOldToken ? "not-enforced" : "enforced";
  return {
    ...base(state),
    status: "rolled-back",
    finishedAt: now.toISOString(),
    fromStep: state.step,
    reason,
    restoreTenantState,
    restoresOldToken: state.plan !== "enable" && !lostOldToken,
  };
}

// DOMAIN.md orders the runbook so enrollments keep working; if the test device is refused after
// enforcing, going back to Not Enforced is the safe move while the cause is fixed. Allowed only during
// the watch window after the enforcing step; the run returns to that step to enforce again.
function revert(state: Active, now: Date): RotationState {
  if (state.status === "step-running") fail("event-not-allowed", "Wait for the API call in progress to finish.");
  if (!state.enforcedAt || !state.watchUntil) fail("event-not-allowed", "Enforcement has not been switched on in this run.");
  if (state.watchUntil && now.getTime() >= Date.parse(state.watchUntil)) fail("watch-window-closed", "The watch window after enforcing is over.");
  const steps = planSteps(state.plan);
  const enforcing = steps.find((s) => s.enforcing) as StepDefinition;
  const keep = steps.slice(0, steps.indexOf(enforcing)).map((s) => s.id);
  return {
    ...base(state),
    status: "step-pending",
    step: enforcing.id,
    tenantState: "not-enforced",
    completed: state.completed.filter((r) => keep.includes(r.step)),
    enforcedAt: null,
    watchUntil: null,
    reverts: state.reverts + 1,
  };
}

/** Whether the run is still going (the foundation's ACTIVE run status). */
export function isRunActive(state: RotationState): state is Active {
  return state.status === "step-pending" || state.status === "step-running" || state.status === "step-failed";
}

/** The events the UI may offer in this state (a hint: `transition` still checks the details). */
export function allowedEvents(state: RotationState, now: Date): RotationEvent["type"][] {
  if (!isRunActive(state)) return [];
  const def = stepDefinition(state.plan, state.step);
  if (state.status === "step-running") return ["api-succeeded", "api-failed"];
  const events: RotationEvent["type"][] = [];
  if (def.automation === "api") events.push("begin-api-call");
  events.push("record-evidence");
  if (def.skippable) events.push("skip-step");
  if (state.completed.length === 0) events.push("cancel");
  else if (!state.enforcedAt) events.push("rollback");
  if (state.watchUntil && now.getTime() < Date.parse(state.watchUntil)) events.push("revert-to-not-enforced");
  if (state.status === "step-failed") events.push("abandon");
  return events;
}
