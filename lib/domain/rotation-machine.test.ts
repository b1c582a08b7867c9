import { describe, expect, it } from "vitest";
import { allowedEvents, isRunActive, RotationTransitionError, startRun, transition, type TransitionErrorCode } from "./rotation-machine";
import { RotationEvent, RotationState } from "./rotation-schemas";
import { PLAN_STEPS, planForChange, stepDefinition, type RotationPlanId, type StepId } from "./rotation-steps";

const T0 = new Date("2025-06-02T01:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const TOKEN = { tokenFingerprint: "fp-new", tokenExpiresAt: "2025-09-01T00:00:00.000Z" };
const GUARD = { refusedDevices: 0 };
const CONFIRM = { kind: "console-confirmation" as const, note: "done in the console" };
const TEST_DEVICE = { kind: "test-device" as const, deviceName: "WS-TEST-01", user: "tester@acme.example", enrolled: true as const };
const SCHEDULE = { kind: "scheduled-date" as const, scheduledFor: "2025-08-15T00:00:00.000Z" };

/** Applies events one hour apart, checking that every state survives a JSON round trip through its schema. */
function drive(state: RotationState, events: RotationEvent[], startHour = 1): RotationState {
  return events.reduce((s, e, i) => {
    const next = transition(s, RotationEvent.parse(e), at(startHour + i));
    expect(RotationState.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
    return next;
  }, state);
}

/** The events that complete an API step. */
const api = (step: StepId, result: object = {}, guard?: typeof GUARD): RotationEvent[] => [
  guard ? { type: "begin-api-call", step, enforceGuard: guard } : { type: "begin-api-call", step },
  { type: "api-succeeded", step, result },
];

const ENABLE_TO_ENFORCE: RotationEvent[] = [...api("enable-not-enforced", TOKEN), ...api("update-mdm-commands", { targets: 3 }), { type: "skip-step", step: "push-nsdiag", reason: "no UPN multi-user devices" }];
const SINGLE_TO_ENFORCE: RotationEvent[] = [...api("unenforce"), ...api("refresh-token", TOKEN), ...api("update-mdm-commands"), ...api("push-nsdiag", { targets: 40 })];
const MULTI_TO_RETIRE: RotationEvent[] = [...api("add-new-token", TOKEN), ...api("update-mdm-commands"), ...api("push-nsdiag")];
const FINISH: RotationEvent[] = [
  { type: "record-evidence", step: "verify", evidence: TEST_DEVICE },
  { type: "record-evidence", step: "schedule-renewal", evidence: SCHEDULE },
];

describe("step definitions", () => {
  it.each<[RotationPlanId, StepId[]]>([
    ["enable", ["enable-not-enforced", "update-mdm-commands", "push-nsdiag", "enforce", "verify", "schedule-renewal"]],
    ["rotate-single", ["unenforce", "refresh-token", "update-mdm-commands", "push-nsdiag", "enforce", "verify", "schedule-renewal"]],
    ["rotate-multi", ["add-new-token", "update-mdm-commands", "push-nsdiag", "retire-old-token", "verify", "schedule-renewal"]],
  ])("%s follows the runbook in order", (plan, ids) => {
    const steps = PLAN_STEPS[plan];
    expect(steps.map((s) => s.id)).toEqual(ids);
    expect(steps.filter((s) => s.enforcing)).toHaveLength(1);
    expect(steps.filter((s) => s.createsToken)).toHaveLength(1);
    expect(steps.filter((s) => s.skippable).map((s) => s.id)).toEqual(["push-nsdiag"]);
    expect(steps.filter((s) => s.automation === "manual").map((s) => s.id)).toEqual(["verify", "schedule-renewal"]);
  });

  it("never leaves a multi-token rotation Not Enforced, and ends every plan Enforced", () => {
    expect(PLAN_STEPS["rotate-multi"].every((s) => s.tenantStateAfter === "enforced")).toBe(true);
    for (const steps of Object.values(PLAN_STEPS)) expect(steps.at(-1)?.tenantStateAfter).toBe("enforced");
    expect(planForChange("rotate-single-token")).toBe("rotate-single");
    expect(() => stepDefinition("enable", "refresh-token")).toThrow(RangeError);
  });
});

describe("valid runs", () => {
  it("enables: Not Enforced, MDM, (no nsdiag needed), Enforce, verify, schedule", () => {
    let s = startRun("enable", T0);
    expect(s).toMatchObject({ status: "step-pending", step: "enable-not-enforced", tenantState: "disabled" });
    s = drive(s, ENABLE_TO_ENFORCE);
    expect(s).toMatchObject({ step: "enforce", tenantState: "not-enforced", newToken: { fingerprint: "fp-new" } });
    s = drive(s, api("enforce", {}, GUARD), 10);
    expect(s).toMatchObject({ step: "verify", tenantState: "enforced", enforcedAt: at(11).toISOString(), watchUntil: at(35).toISOString() });
    s = drive(s, FINISH, 12);
    expect(s).toMatchObject({ status: "completed", finishedAt: at(13).toISOString() });
    if (s.status !== "completed") throw new Error("unreachable");
    expect(s.completed.map((r) => [r.step, r.by])).toEqual([
      ["enable-not-enforced", "api"],
      ["update-mdm-commands", "api"],
      ["push-nsdiag", "skipped"],
      ["enforce", "api"],
      ["verify", "operator"],
      ["schedule-renewal", "operator"],
    ]);
    expect(isRunActive(s)).toBe(false);
  });

  it("rotates a single token through Not Enforced", () => {
    const s = drive(startRun("rotate-single", T0), [...SINGLE_TO_ENFORCE, ...api("enforce", {}, GUARD), ...FINISH]);
    expect(s.status).toBe("completed");
    expect(s.tenantState).toBe("enforced");
  });

  it("rotates with multi-token support without leaving Enforced", () => {
    let s = startRun("rotate-multi", T0, { multiTokenSupported: true });
    for (const e of [...MULTI_TO_RETIRE, ...api("retire-old-token", {}, GUARD), ...FINISH]) {
      s = transition(s, e, at(1));
      expect(s.tenantState).toBe("enforced");
    }
    expect(s.status).toBe("completed");
  });

  it("accepts an operator's evidence for an API step (integration missing), with the token's fingerprint", () => {
    const s = drive(startRun("enable", T0), [{ type: "record-evidence", step: "enable-not-enforced", evidence: { ...CONFIRM, ...TOKEN } }]);
    expect(s).toMatchObject({ step: "update-mdm-commands", newToken: { fingerprint: "fp-new", expiresAt: TOKEN.tokenExpiresAt } });
  });

  it("enforces despite refused devices only with a recorded reason", () => {
    const s = drive(startRun("enable", T0), [...ENABLE_TO_ENFORCE, ...api("enforce", {}, { refusedDevices: 3, overrideReason: "kiosks are retired on Friday" } as typeof GUARD)]);
    expect(s.tenantState).toBe("enforced");
  });

  it("retries a failed API call, counting attempts, and can abandon it", () => {
    let s = drive(startRun("rotate-single", T0), [
      { type: "begin-api-call", step: "unenforce" },
      { type: "api-failed", step: "unenforce", error: "429 rate limited" },
    ]);
    expect(s).toMatchObject({ status: "step-failed", attempt: 1, error: "429 rate limited" });
    s = drive(s, [{ type: "begin-api-call", step: "unenforce" }], 5);
    expect(s).toMatchObject({ status: "step-running", attempt: 2 });
    s = drive(s, [{ type: "api-failed", step: "unenforce", error: "timeout" }, { type: "abandon", reason: "Netskope is down" }], 6);
    expect(s).toMatchObject({ status: "failed", step: "unenforce", reason: "Netskope is down" });
  });

  it.each<[RotationPlanId, RotationEvent[], string, boolean]>([
    ["enable", ENABLE_TO_ENFORCE.slice(0, 2), "disabled", false],
    ["rotate-single", SINGLE_TO_ENFORCE.slice(0, 2), "enforced", true],
    ["rotate-single", SINGLE_TO_ENFORCE.slice(0, 4), "not-enforced", false],
    ["rotate-multi", MULTI_TO_RETIRE, "enforced", true],
  ])("rolls %s back before enforcing (%#)", (plan, events, restoreTenantState, restoresOldToken) => {
    const s = drive(startRun(plan, T0, { multiTokenSupported: true }), [...events, { type: "rollback", reason: "change freeze" }]);
    expect(s).toMatchObject({ status: "rolled-back", restoreTenantState, restoresOldToken, reason: "change freeze" });
  });

  it("goes back to Not Enforced within the watch window, then enforces again", () => {
    let s = drive(startRun("rotate-single", T0, { watchWindowHours: 4 }), [...SINGLE_TO_ENFORCE, ...api("enforce", {}, GUARD)]);
    s = drive(s, [{ type: "revert-to-not-enforced", reason: "test device refused" }], 12);
    expect(s).toMatchObject({ status: "step-pending", step: "enforce", tenantState: "not-enforced", enforcedAt: null, watchUntil: null, reverts: 1 });
    expect(s.completed.map((r) => r.step)).toEqual(["unenforce", "refresh-token", "update-mdm-commands", "push-nsdiag"]);
    s = drive(s, [...api("enforce", {}, GUARD), ...FINISH], 13);
    expect(s.status).toBe("completed");
  });

  it("cancels a run with nothing done", () => {
    expect(transition(startRun("enable", T0), { type: "cancel", reason: "opened by mistake" }, at(1))).toMatchObject({ status: "cancelled" });
  });
});

const afterEnforce = () => drive(startRun("enable", T0, { watchWindowHours: 2 }), [...ENABLE_TO_ENFORCE, ...api("enforce", {}, GUARD)]);

describe("invalid transitions", () => {
  it.each<[string, () => RotationState, RotationEvent, TransitionErrorCode, Date?]>([
    ["another step's event", () => startRun("enable", T0), { type: "begin-api-call", step: "enforce", enforceGuard: GUARD }, "wrong-step"],
    ["a result with no call in progress", () => startRun("enable", T0), { type: "api-succeeded", step: "enable-not-enforced", result: TOKEN }, "event-not-allowed"],
    ["a failure with no call in progress", () => startRun("enable", T0), { type: "api-failed", step: "enable-not-enforced", error: "x" }, "event-not-allowed"],
    ["a second call while one runs", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }]), { type: "begin-api-call", step: "enable-not-enforced" }, "event-not-allowed"],
    ["evidence while a call runs", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }]), { type: "record-evidence", step: "enable-not-enforced", evidence: { ...CONFIRM, ...TOKEN } }, "event-not-allowed"],
    ["an API call for a manual step", () => drive(afterEnforce(), []), { type: "begin-api-call", step: "verify" }, "not-an-api-step"],
    ["skipping a step that cannot be skipped", () => startRun("enable", T0), { type: "skip-step", step: "enable-not-enforced", reason: "x" }, "not-skippable"],
    ["the wrong kind of evidence", () => afterEnforce(), { type: "record-evidence", step: "verify", evidence: CONFIRM }, "evidence-mismatch"],
    ["a new token without its fingerprint", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }]), { type: "api-succeeded", step: "enable-not-enforced", result: {} }, "precondition-failed"],
    ["a new token already expired", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }]), { type: "api-succeeded", step: "enable-not-enforced", result: { ...TOKEN, tokenExpiresAt: "2025-06-01T00:00:00.000Z" } }, "precondition-failed"],
    ["enforcing without the readiness count", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE), { type: "begin-api-call", step: "enforce" }, "precondition-failed"],
    ["enforcing over refused devices without a reason", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE), { type: "begin-api-call", step: "enforce", enforceGuard: { refusedDevices: 2 } }, "precondition-failed"],
    ["enforcing by hand without the readiness count", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE), { type: "record-evidence", step: "enforce", evidence: CONFIRM }, "precondition-failed"],
    ["scheduling after the new token expires", () => drive(afterEnforce(), [FINISH[0] as RotationEvent], 20), { type: "record-evidence", step: "schedule-renewal", evidence: { ...SCHEDULE, scheduledFor: "2025-09-02T00:00:00.000Z" } }, "precondition-failed"],
    ["scheduling in the past", () => drive(afterEnforce(), [FINISH[0] as RotationEvent], 20), { type: "record-evidence", step: "schedule-renewal", evidence: { ...SCHEDULE, scheduledFor: "2025-06-01T00:00:00.000Z" } }, "precondition-failed"],
    ["rolling back with nothing done", () => startRun("enable", T0), { type: "rollback", reason: "x" }, "event-not-allowed"],
    ["rolling back after enforcing", () => afterEnforce(), { type: "rollback", reason: "x" }, "event-not-allowed"],
    ["rolling back while a call runs", () => drive(startRun("enable", T0), [...ENABLE_TO_ENFORCE.slice(0, 2), { type: "begin-api-call", step: "update-mdm-commands" }]), { type: "rollback", reason: "x" }, "event-not-allowed"],
    ["cancelling once a step is done", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE.slice(0, 2)), { type: "cancel", reason: "x" }, "event-not-allowed"],
    ["back to Not Enforced before enforcing", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE), { type: "revert-to-not-enforced", reason: "x" }, "event-not-allowed"],
    ["back to Not Enforced after the watch window", () => afterEnforce(), { type: "revert-to-not-enforced", reason: "x" }, "watch-window-closed", at(40)],
    ["abandoning a step that did not fail", () => startRun("enable", T0), { type: "abandon", reason: "x" }, "event-not-allowed"],
    ["anything once completed", () => drive(afterEnforce(), FINISH, 20), { type: "revert-to-not-enforced", reason: "x" }, "run-finished"],
    ["anything once cancelled", () => transition(startRun("enable", T0), { type: "cancel", reason: "x" }, T0), { type: "begin-api-call", step: "enable-not-enforced" }, "run-finished"],
  ])("refuses %s", (_label, make, event, code, now = at(30)) => {
    const state = make();
    let error: unknown;
    try {
      transition(state, event, now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RotationTransitionError);
    expect((error as RotationTransitionError).code).toBe(code);
  });

  it("refuses a multi-token rotation on a tenant without multi-token support", () => {
    expect(() => startRun("rotate-multi", T0)).toThrow(expect.objectContaining({ code: "multi-token-not-supported" }));
  });
});

describe("allowedEvents", () => {
  it.each<[string, () => RotationState, Date, RotationEvent["type"][]]>([
    ["at the first step", () => startRun("enable", T0), T0, ["begin-api-call", "record-evidence", "cancel"]],
    ["during a call", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }]), T0, ["api-succeeded", "api-failed"]],
    ["at the nsdiag push", () => drive(startRun("enable", T0), ENABLE_TO_ENFORCE.slice(0, 4)), T0, ["begin-api-call", "record-evidence", "skip-step", "rollback"]],
    ["in the watch window", () => afterEnforce(), at(8), ["record-evidence", "revert-to-not-enforced"]],
    ["after the watch window", () => afterEnforce(), at(40), ["record-evidence"]],
    ["after a failure", () => drive(startRun("enable", T0), [{ type: "begin-api-call", step: "enable-not-enforced" }, { type: "api-failed", step: "enable-not-enforced", error: "x" }]), T0, ["begin-api-call", "record-evidence", "cancel", "abandon"]],
    ["when finished", () => transition(startRun("enable", T0), { type: "cancel", reason: "x" }, T0), T0, []],
  ])("%s", (_label, make, now, expected) => expect(allowedEvents(make(), now)).toEqual(expected));
});
