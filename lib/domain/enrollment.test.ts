import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENROLLMENT_REASON_CODES, evaluateEnrollment } from "./enrollment";
import type { DeviceProfile, EnrollmentInput, EnrollmentOutcome, Presented, TenantState } from "./types";

const device = (over: Partial<DeviceProfile> = {}): DeviceProfile => ({
  os: "windows",
  clientVersion: "124.0.5",
  installMode: "upn",
  multiUser: false,
  npaPrelogon: false,
  protectClientConfig: false,
  ...over,
});

type Row = [
  label: string,
  state: TenantState,
  encryptionTokenEnforced: boolean,
  device: Partial<DeviceProfile>,
  auth: Presented,
  enc: Presented,
  outcome: EnrollmentOutcome,
  codes: string[],
];

const run = ([, state, encryptionTokenEnforced, d, authToken, encryptionToken]: Row) =>
  evaluateEnrollment({ tenant: { state, encryptionTokenEnforced }, device: device(d), presents: { authToken, encryptionToken } });

describe("the enforcement matrix of DOMAIN.md (UPN, client R124)", () => {
  it.each<Row>([
    ["disabled × no token", "disabled", false, {}, "none", "none", "enrolls", ["secure-enrollment-disabled"]],
    ["disabled × wrong token", "disabled", false, {}, "wrong", "none", "enrolls", ["secure-enrollment-disabled"]],
    ["disabled × correct token", "disabled", false, {}, "correct", "none", "enrolls", ["secure-enrollment-disabled"]],
    ["not enforced × no token", "not-enforced", false, {}, "none", "none", "enrolls", ["not-enforced-token-not-checked"]],
    ["not enforced × wrong token", "not-enforced", false, {}, "wrong", "none", "enrolls", ["not-enforced-token-not-checked"]],
    ["not enforced × correct token", "not-enforced", false, {}, "correct", "none", "enrolls", ["not-enforced-token-not-checked"]],
    ["not enforced × no token, R120", "not-enforced", false, { clientVersion: "R120" }, "none", "none", "refused", ["client-fails-while-not-enforced"]],
    ["not enforced × wrong token, R120", "not-enforced", false, { clientVersion: "R120" }, "wrong", "none", "refused", ["client-fails-while-not-enforced"]],
    ["not enforced × correct token, R120", "not-enforced", false, { clientVersion: "R120" }, "correct", "none", "refused", ["client-fails-while-not-enforced"]],
    ["enforced × no token", "enforced", false, {}, "none", "none", "refused", ["auth-token-missing"]],
    ["enforced × wrong token", "enforced", false, {}, "wrong", "none", "refused", ["auth-token-wrong"]],
    ["enforced × correct token", "enforced", false, {}, "correct", "none", "enrolls", ["auth-token-accepted"]],
  ])("%s", (...row) => {
    const result = run(row);
    expect(result.outcome).toBe(row[6]);
    expect(result.reasons.map((r) => r.code)).toEqual(row[7]);
  });
});

describe("the exceptions", () => {
  it.each<Row>([
    // IdP without NPA Prelogon and email invite need no token.
    ["IdP, no Prelogon, enforced, no token", "enforced", false, { installMode: "idp" }, "none", "none", "enrolls", ["token-not-required-idp"]],
    ["IdP, no Prelogon, not enforced, R120", "not-enforced", false, { installMode: "idp", clientVersion: "R120" }, "none", "none", "enrolls", ["token-not-required-idp"]],
    ["email invite, enforced, no token", "enforced", false, { installMode: "email-invite" }, "none", "none", "enrolls", ["token-not-required-email-invite"]],
    ["email invite, enforced, unknown version", "enforced", false, { installMode: "email-invite", clientVersion: "?" }, "none", "none", "enrolls", ["token-not-required-email-invite"]],
    // NPA Prelogon needs the token even with IdP (and, per the runbook's summary, with email invite).
    ["IdP + Prelogon, enforced, no token", "enforced", false, { installMode: "idp", npaPrelogon: true }, "none", "none", "refused", ["npa-prelogon-requires-token", "auth-token-missing"]],
    ["IdP + Prelogon, enforced, correct", "enforced", false, { installMode: "idp", npaPrelogon: true }, "correct", "none", "enrolls", ["npa-prelogon-requires-token", "auth-token-accepted"]],
    ["IdP + Prelogon, not enforced, R120", "not-enforced", false, { installMode: "idp", npaPrelogon: true, clientVersion: "R120" }, "correct", "none", "refused", ["npa-prelogon-requires-token", "client-fails-while-not-enforced"]],
    ["email invite + Prelogon, enforced, wrong", "enforced", false, { installMode: "email-invite", npaPrelogon: true }, "wrong", "none", "refused", ["npa-prelogon-requires-token", "auth-token-wrong"]],
    ["UPN + Prelogon, enforced, correct", "enforced", false, { npaPrelogon: true }, "correct", "none", "enrolls", ["auth-token-accepted"]],
    // R120 and earlier fail while Not Enforced; R120.1 and later do not.
    ["not enforced, 119.0.2", "not-enforced", false, { clientVersion: "119.0.2" }, "correct", "none", "refused", ["client-fails-while-not-enforced"]],
    ["not enforced, 120.0.9.1500", "not-enforced", false, { clientVersion: "120.0.9.1500" }, "correct", "none", "refused", ["client-fails-while-not-enforced"]],
    ["not enforced, R120.1", "not-enforced", false, { clientVersion: "R120.1" }, "none", "none", "enrolls", ["not-enforced-token-not-checked"]],
    ["not enforced, macOS 120.1.0", "not-enforced", false, { os: "macos", clientVersion: "120.1.0" }, "wrong", "none", "enrolls", ["not-enforced-token-not-checked"]],
    ["enforced, R120, correct token", "enforced", false, { clientVersion: "R120" }, "correct", "none", "enrolls", ["auth-token-accepted"]],
    // Below 111.0.0 a client cannot use Secure Enrollment.
    ["enforced, 110.0.0, correct", "enforced", false, { clientVersion: "110.0.0" }, "correct", "none", "refused", ["client-below-secure-enrollment-minimum"]],
    ["enforced, 110.0.0, no token", "enforced", false, { clientVersion: "110.0.0" }, "none", "none", "refused", ["auth-token-missing", "client-below-secure-enrollment-minimum"]],
    ["enforced, 111.0.0, correct", "enforced", false, { clientVersion: "111.0.0" }, "correct", "none", "enrolls", ["auth-token-accepted"]],
    ["disabled, 100.0.0", "disabled", false, { clientVersion: "100.0.0" }, "none", "none", "enrolls", ["secure-enrollment-disabled"]],
    // An enforced encryption token applies in UPN and IdP mode alike.
    ["UPN, encryption enforced, none", "enforced", true, {}, "correct", "none", "refused", ["auth-token-accepted", "encryption-token-missing"]],
    ["UPN, encryption enforced, wrong", "enforced", true, {}, "correct", "wrong", "refused", ["auth-token-accepted", "encryption-token-wrong"]],
    ["UPN, encryption enforced, correct", "enforced", true, {}, "correct", "correct", "enrolls", ["auth-token-accepted", "encryption-token-accepted"]],
    ["UPN, encryption enforced, no auth token", "enforced", true, {}, "none", "correct", "refused", ["auth-token-missing", "encryption-token-accepted"]],
    ["IdP, encryption enforced, none", "enforced", true, { installMode: "idp" }, "none", "none", "refused", ["token-not-required-idp", "encryption-token-missing"]],
    ["IdP, encryption enforced, wrong", "enforced", true, { installMode: "idp" }, "none", "wrong", "refused", ["token-not-required-idp", "encryption-token-wrong"]],
    ["IdP, encryption enforced, correct", "enforced", true, { installMode: "idp" }, "none", "correct", "enrolls", ["token-not-required-idp", "encryption-token-accepted"]],
    ["IdP, encryption enforced, 110.0.0", "enforced", true, { installMode: "idp", clientVersion: "110.0.0" }, "none", "correct", "refused", ["token-not-required-idp", "client-below-secure-enrollment-minimum"]],
    ["email invite, encryption enforced", "enforced", true, { installMode: "email-invite" }, "none", "correct", "unknown", ["token-not-required-email-invite", "encryption-token-email-invite-undocumented"]],
    ["encryption enforced, tenant not enforced", "not-enforced", true, {}, "none", "none", "enrolls", ["not-enforced-token-not-checked", "encryption-token-not-checked"]],
    ["encryption enforced, tenant disabled", "disabled", true, {}, "none", "none", "enrolls", ["secure-enrollment-disabled"]],
    // An unknown version gives an unknown outcome where the version matters, and only there.
    ["unknown version, not enforced", "not-enforced", false, { clientVersion: "beta" }, "correct", "none", "unknown", ["client-version-unknown"]],
    ["unknown version, enforced, correct", "enforced", false, { clientVersion: "" }, "correct", "none", "unknown", ["client-version-unknown"]],
    ["unknown version, enforced, no token", "enforced", false, { clientVersion: "" }, "none", "none", "refused", ["auth-token-missing"]],
    ["unknown version, disabled", "disabled", false, { clientVersion: "n/a" }, "none", "none", "enrolls", ["secure-enrollment-disabled"]],
    ["unknown version, IdP, enforced", "enforced", false, { installMode: "idp", clientVersion: "n/a" }, "none", "none", "enrolls", ["token-not-required-idp"]],
    ["unknown version, IdP, encryption enforced", "enforced", true, { installMode: "idp", clientVersion: "n/a" }, "none", "correct", "unknown", ["token-not-required-idp", "client-version-unknown"]],
    ["release name straddling nothing: R120.1", "not-enforced", false, { clientVersion: "R120.1" }, "wrong", "none", "enrolls", ["not-enforced-token-not-checked"]],
  ])("%s", (...row) => {
    const result = run(row);
    expect(result.outcome).toBe(row[6]);
    expect(result.reasons.map((r) => r.code)).toEqual(row[7]);
  });

  it("gives every reason an English message", () => {
    const result = evaluateEnrollment({ tenant: { state: "enforced", encryptionTokenEnforced: true }, device: device(), presents: { authToken: "none", encryptionToken: "wrong" } });
    for (const r of result.reasons) expect(r.message.length).toBeGreaterThan(20);
    expect(result.reasons.every((r) => (ENROLLMENT_REASON_CODES as readonly string[]).includes(r.code))).toBe(true);
  });
});

const input: fc.Arbitrary<EnrollmentInput> = fc.record({
  tenant: fc.record({ state: fc.constantFrom<TenantState>("disabled", "not-enforced", "enforced"), encryptionTokenEnforced: fc.boolean() }),
  device: fc.record({
    os: fc.constantFrom("windows" as const, "macos" as const),
    clientVersion: fc.oneof(fc.constantFrom("R110", "R116", "R120", "R120.1", "R123", "124.0.5", "", "junk"), fc.string()),
    installMode: fc.constantFrom("upn" as const, "idp" as const, "email-invite" as const),
    multiUser: fc.boolean(),
    npaPrelogon: fc.boolean(),
    protectClientConfig: fc.boolean(),
  }),
  presents: fc.record({
    authToken: fc.constantFrom<Presented>("none", "wrong", "correct"),
    encryptionToken: fc.constantFrom<Presented>("none", "wrong", "correct"),
  }),
});

describe("enrollment invariants (properties)", () => {
  it("an Enforced tenant never lets a token-needing attempt through without the correct token", () => {
    fc.assert(
      fc.property(input, (i) => {
        const needs = i.device.installMode === "upn" || i.device.npaPrelogon;
        if (i.tenant.state === "enforced" && needs && i.presents.authToken !== "correct") expect(evaluateEnrollment(i).outcome).toBe("refused");
      }),
    );
  });

  it("multi-user, OS and Protect Client configuration do not change one attempt's outcome", () => {
    fc.assert(
      fc.property(input, fc.boolean(), fc.boolean(), (i, multiUser, protectClientConfig) => {
        const other = { ...i, device: { ...i.device, multiUser, protectClientConfig, os: i.device.os === "windows" ? ("macos" as const) : ("windows" as const) } };
        expect(evaluateEnrollment(other)).toEqual(evaluateEnrollment(i));
      }),
    );
  });

  it("an unparseable version never yields a refusal-free 'enrolls' where the version matters", () => {
    fc.assert(
      fc.property(input, (i) => {
        const x = { ...i, device: { ...i.device, clientVersion: "not a version" } };
        const needs = x.device.installMode === "upn" || x.device.npaPrelogon;
        if (x.tenant.state === "not-enforced" && needs) expect(evaluateEnrollment(x).outcome).not.toBe("enrolls");
      }),
    );
  });
});
