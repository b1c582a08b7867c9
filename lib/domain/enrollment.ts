// The enforcement matrix of DOMAIN.md (confirmed with Netskope support, per the runbook) and its
// exceptions, as one pure function: what happens when this client, installed this way, presents these
// tokens to a tenant in this state. The simulator and the what-if API call it.
import { checkGate, GATES, parseClientVersion } from "./client-version";
import type { EnrollmentInput, EnrollmentOutcome, EnrollmentResult, InstallMode, Reason } from "./types";

export const ENROLLMENT_REASON_CODES = [
  "secure-enrollment-disabled",
  "token-not-required-idp",
  "token-not-required-email-invite",
  "npa-prelogon-requires-token",
  "not-enforced-token-not-checked",
  "client-fails-while-not-enforced",
  "client-version-unknown",
  "client-below-secure-enrollment-minimum",
  "auth-token-missing",
  "auth-token-wrong",
  "auth-token-accepted",
  "encryption-token-not-checked",
  "encryption-token-missing",
  "encryption-token-wrong",
  "encryption-token-accepted",
  "encryption-token-email-invite-undocumented",
] as const;
export type EnrollmentReasonCode = (typeof ENROLLMENT_REASON_CODES)[number];

const MESSAGES: Record<EnrollmentReasonCode, string> = {
  "secure-enrollment-disabled": "Secure Enrollment is disabled: every client enrolls, with or without a token.",
  "token-not-required-idp": "IdP mode without NPA Prelogon does not need the authentication token: the IdP authenticates the user.",
  "token-not-required-email-invite": "Email-invite enrollment without NPA Prelogon does not need the authentication token.",
  "npa-prelogon-requires-token": "NPA Prelogon needs the authentication token on the device, even outside UPN mode.",
  "not-enforced-token-not-checked": "The token is Not Enforced: the client enrolls whether it presents no token, a wrong one or the right one.",
  "client-fails-while-not-enforced": "Clients R120 and earlier fail to enroll while a token exists and is Not Enforced (fixed in R120.1).",
  "client-version-unknown": "The client version is unknown or unreadable, so whether this client can enroll cannot be decided.",
  "client-below-secure-enrollment-minimum": "Secure Enrollment needs client 111.0.0 or later; this client cannot present a token.",
  "auth-token-missing": "The token is Enforced and the client presents no authentication token: access denied.",
  "auth-token-wrong": "The token is Enforced and the client presents a wrong or outdated authentication token: access denied.",
  "auth-token-accepted": "The client presents the current authentication token.",
  "encryption-token-not-checked": "The encryption token is not checked while the tokens are Not Enforced.",
  "encryption-token-missing": "The encryption token is enforced and the client presents none: access denied.",
  "encryption-token-wrong": "The encryption token is enforced and the client presents a wrong one: access denied.",
  "encryption-token-accepted": "The client presents the current encryption token.",
  "encryption-token-email-invite-undocumented":
    "Whether an enforced encryption token applies to email-invite enrollment is not documented (only UPN and IdP are).",
};

/** The English reason for a code (the UI translates by code from messages/<locale>/domain.json). */
export function enrollmentReason(code: EnrollmentReasonCode): Reason {
  return { code, message: MESSAGES[code] };
}

type Part = { outcome: EnrollmentOutcome; reasons: Reason[] };
const part = (outcome: EnrollmentOutcome, ...codes: EnrollmentReasonCode[]): Part => ({
  outcome,
  reasons: codes.map(enrollmentReason),
});

/** Whether an attempt in this install mode goes through the authentication-token check at all. */
export function needsAuthToken(installMode: InstallMode, npaPrelogon: boolean): boolean {
  // DOMAIN.md: UPN needs the token; IdP and email invite do not, except with NPA Prelogon. The runbook's
  // summary extends the Prelogon exception to every non-UPN mode ("UPNモード以外でも"), email invite included.
  return installMode === "upn" || npaPrelogon;
}

function authTokenPart({ tenant, device, presents }: EnrollmentInput): Part {
  if (!needsAuthToken(device.installMode, device.npaPrelogon)) {
    return part("enrolls", device.installMode === "idp" ? "token-not-required-idp" : "token-not-required-email-invite");
  }
  const prelogon: EnrollmentReasonCode[] = device.installMode === "upn" ? [] : ["npa-prelogon-requires-token"];
  const version = parseClientVersion(device.clientVersion);
  if (tenant.state === "not-enforced") {
    // The matrix's middle row: no check, except the R120-and-earlier failure (GTS article).
    const gate = checkGate(version, GATES.enrollWhileNotEnforced);
    if (gate === "no") return part("refused", ...prelogon, "client-fails-while-not-enforced");
    if (gate === "unknown") return part("unknown", ...prelogon, "client-version-unknown");
    return part("enrolls", ...prelogon, "not-enforced-token-not-checked");
  }
  // Enforced: only the correct token passes, and only a client that can send it (111.0.0+).
  const minimum = checkGate(version, GATES.secureEnrollment);
  const tooOld: EnrollmentReasonCode[] = minimum === "no" ? ["client-below-secure-enrollment-minimum"] : [];
  if (presents.authToken === "none") return part("refused", ...prelogon, "auth-token-missing", ...tooOld);
  if (presents.authToken === "wrong") return part("refused", ...prelogon, "auth-token-wrong", ...tooOld);
  if (minimum === "no") return part("refused", ...prelogon, ...tooOld);
  if (minimum === "unknown") return part("unknown", ...prelogon, "client-version-unknown");
  return part("enrolls", ...prelogon, "auth-token-accepted");
}

function encryptionTokenPart({ tenant, device, presents }: EnrollmentInput): Part {
  if (!tenant.encryptionTokenEnforced) return part("enrolls");
  // "ENFORCE TOKEN(S)" switches both tokens together: nothing is checked while Not Enforced.
  if (tenant.state === "not-enforced") return part("enrolls", "encryption-token-not-checked");
  // An enforced encryption token applies in UPN and IdP mode alike (APIS.md); email invite is not covered
  // by any source, so the outcome is unknown rather than guessed.
  if (device.installMode === "email-invite" && !device.npaPrelogon) return part("unknown", "encryption-token-email-invite-undocumented");
  if (presents.encryptionToken === "none") return part("refused", "encryption-token-missing");
  if (presents.encryptionToken === "wrong") return part("refused", "encryption-token-wrong");
  const minimum = checkGate(device.clientVersion, GATES.secureEnrollment);
  if (minimum === "no") return part("refused", "client-below-secure-enrollment-minimum");
  if (minimum === "unknown") return part("unknown", "client-version-unknown");
  return part("enrolls", "encryption-token-accepted");
}

function combine(parts: Part[]): EnrollmentResult {
  const outcomes = parts.map((p) => p.outcome);
  const outcome: EnrollmentOutcome = outcomes.includes("refused") ? "refused" : outcomes.includes("unknown") ? "unknown" : "enrolls";
  const reasons: Reason[] = [];
  for (const r of parts.flatMap((p) => p.reasons)) if (!reasons.some((x) => x.code === r.code)) reasons.push(r);
  return { outcome, reasons };
}

/** The outcome of one enrollment attempt (new install, reinstall, or a new user on a multi-user device). */
export function evaluateEnrollment(input: EnrollmentInput): EnrollmentResult {
  // DOMAIN.md matrix, first row: with the feature off everything enrolls, whatever the client.
  if (input.tenant.state === "disabled") return combine([part("enrolls", "secure-enrollment-disabled")]);
  return combine([authTokenPart(input), encryptionTokenPart(input)]);
}
