// Readiness: for one installed device and a planned change, would its next enrollment attempt (a new
// user on a multi-user device) be refused if nothing is done for it, from which step, why, and what
// fixes it. The plan is simulated step by step through the enforcement matrix (evaluateEnrollment), so
// readiness and the what-if enrollment answer can never disagree.
import { checkGate, GATES, nsdiagGate, parseClientVersion } from "./client-version";
import { enrollmentReason, evaluateEnrollment, needsAuthToken, type EnrollmentReasonCode } from "./enrollment";
import { PLAN_START, planForChange, planSteps, type AcceptedTokens } from "./rotation-steps";
import type { DeviceProfile, EnrollmentResult, Presented, ReadinessInput, ReadinessResult, Reason, Remediation } from "./types";

export const BEFORE_CHANGE_STEP = "before-change";

export const READINESS_REASON_CODES = [
  "single-user-already-enrolled",
  "ready-for-change",
  "device-lacks-token",
  "device-token-replaced",
  "device-lacks-current-token",
  "client-below-multi-token-minimum",
  "in-place-update-unsupported",
  "msi-rerun-blocked-by-protection",
] as const;
export type ReadinessReasonCode = (typeof READINESS_REASON_CODES)[number];

const MESSAGES: Record<ReadinessReasonCode, string> = {
  "single-user-already-enrolled": "An already-enrolled single-user client never enrolls again: unaffected (a reinstall uses the MDM command).",
  "ready-for-change": "The device keeps enrolling new users at every step of the change.",
  "device-lacks-token": "The device does not hold the authentication token: new users are refused once the token is Enforced.",
  "device-token-replaced": "The device holds only the token this rotation replaces: new users are refused once the new one alone is accepted.",
  "device-lacks-current-token": "The device does not hold the current token: new users are already refused today.",
  "client-below-multi-token-minimum": "Multi-token support needs client R123 or later.",
  "in-place-update-unsupported": "This client cannot receive a token in place (nsdiag -e: Windows 116.1.0+, macOS R124+).",
  "msi-rerun-blocked-by-protection": "Re-running the MSI is not possible while \"Protect Client configuration and resources\" is enabled.",
};

const readinessReason = (code: ReadinessReasonCode): Reason => ({ code, message: MESSAGES[code] });

const VERSION_BLOCKERS: readonly string[] = [
  "client-fails-while-not-enforced",
  "client-below-secure-enrollment-minimum",
  "client-below-multi-token-minimum",
] satisfies (EnrollmentReasonCode | ReadinessReasonCode)[];
const TOKEN_REFUSALS: readonly string[] = ["auth-token-missing", "auth-token-wrong"] satisfies EnrollmentReasonCode[];

type Held = "old" | "new" | null;

function presented(held: Held, accepts: AcceptedTokens | "none"): Presented {
  if (held === null) return "none";
  if (accepts === "none") return "wrong";
  return accepts === "old-and-new" || accepts === held ? "correct" : "wrong";
}

interface Checkpoint {
  step: string;
  result: EnrollmentResult;
}

function simulate({ device, change, hasCurrentToken }: ReadinessInput): Checkpoint[] {
  const plan = planForChange(change);
  // Before enablement the device can only hold the token the plan creates; before a rotation, the old one.
  const held: Held = hasCurrentToken ? (plan === "enable" ? "new" : "old") : null;
  const start = PLAN_START[plan];
  const points = [{ step: BEFORE_CHANGE_STEP, state: start.tenantState, accepts: start.accepts }].concat(
    planSteps(plan).map((s) => ({ step: s.id, state: s.tenantStateAfter, accepts: s.acceptsAfter })),
  );
  return points.map(({ step, state, accepts }) => {
    const result = evaluateEnrollment({
      tenant: { state, encryptionTokenEnforced: false },
      device,
      presents: { authToken: presented(held, accepts), encryptionToken: "none" },
    });
    return { step, result: accepts === "old-and-new" ? withMultiTokenGate(result, device) : result };
  });
}

// The runbook: multi-token support is GA from R123. No source says what an older client does while two
// tokens coexist, so it is treated as not supported (refused) rather than assumed to work.
function withMultiTokenGate(result: EnrollmentResult, device: DeviceProfile): EnrollmentResult {
  if (result.outcome === "refused") return result;
  const gate = checkGate(device.clientVersion, GATES.multiToken);
  if (gate === "yes") return result;
  if (gate === "no") return { outcome: "refused", reasons: [...result.reasons, readinessReason("client-below-multi-token-minimum")] };
  return { outcome: "unknown", reasons: [...result.reasons, enrollmentReason("client-version-unknown")] };
}

function remediationsFor(device: DeviceProfile, codes: ReadonlySet<string>): Remediation[] {
  if (codes.has("client-version-unknown") || VERSION_BLOCKERS.some((c) => codes.has(c))) {
    // DOMAIN.md: the token alone does not fix a client that is too old (or unknown): upgrade first, or
    // reinstall from the MDM command, which carries a current package and the token.
    return ["upgrade-client", "reinstall"];
  }
  const version = parseClientVersion(device.clientVersion);
  const inPlace: Remediation[] = [];
  if (checkGate(version, nsdiagGate(device.os)) === "yes") inPlace.push("nsdiag");
  // GTS article: re-running the MSI (116.1.0+) is not supported with "Protect Client configuration".
  if (device.os === "windows" && !device.protectClientConfig && checkGate(version, GATES.msiRerunWindows) === "yes") inPlace.push("msi-rerun");
  return [...(inPlace.length > 0 ? inPlace : (["upgrade-client"] as Remediation[])), "reinstall"];
}

/** Whether the device's next enrollment attempt would be refused under the planned change, and what fixes it. */
export function assessReadiness(input: ReadinessInput): ReadinessResult {
  const { device, change } = input;
  if (!device.multiUser) {
    // DOMAIN.md: already-enrolled single-user clients never re-enroll; a reinstall uses the MDM command.
    return { refused: false, step: null, reasons: [readinessReason("single-user-already-enrolled")], remediations: ["none"] };
  }
  if (!needsAuthToken(device.installMode, device.npaPrelogon)) {
    // IdP or email invite without NPA Prelogon: the token is never checked for this device.
    const code = device.installMode === "idp" ? "token-not-required-idp" : "token-not-required-email-invite";
    return { refused: false, step: null, reasons: [enrollmentReason(code)], remediations: ["none"] };
  }
  const failing = simulate(input).filter((c) => c.result.outcome !== "enrolls");
  const first = failing[0];
  if (!first) return { refused: false, step: null, reasons: [readinessReason("ready-for-change")], remediations: ["none"] };

  const all = failing.flatMap((c) => c.result.reasons);
  const codes = new Set(all.map((r) => r.code));
  const reasons: Reason[] = all
    .filter((r) => r.code === "client-version-unknown" || VERSION_BLOCKERS.includes(r.code))
    .filter((r, i, list) => list.findIndex((x) => x.code === r.code) === i);
  const remediations = remediationsFor(device, codes);
  if (TOKEN_REFUSALS.some((c) => codes.has(c))) {
    const refusedToday = failing.some((c) => c.step === BEFORE_CHANGE_STEP && c.result.outcome === "refused");
    reasons.push(readinessReason(refusedToday ? "device-lacks-current-token" : change === "enforce" ? "device-lacks-token" : "device-token-replaced"));
    if (checkGate(device.clientVersion, nsdiagGate(device.os)) === "no") reasons.push(readinessReason("in-place-update-unsupported"));
    if (device.os === "windows" && device.protectClientConfig) reasons.push(readinessReason("msi-rerun-blocked-by-protection"));
  }
  return { refused: true, step: first.step, reasons, remediations };
}
