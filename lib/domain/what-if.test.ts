import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  handleInstallCommandLint,
  handleWhatIfEnrollment,
  handleWhatIfReadiness,
  InstallCommandLintResponse,
  WhatIfEnrollmentRequest,
  WhatIfEnrollmentResponse,
  WhatIfReadinessRequest,
  WhatIfReadinessResponse,
} from "./what-if";

const device = { os: "windows", clientVersion: "R120", installMode: "upn", multiUser: true, npaPrelogon: false, protectClientConfig: false };
const enrollment = { tenant: { state: "not-enforced", encryptionTokenEnforced: false }, device, presents: { authToken: "correct", encryptionToken: "none" } };
const readiness = { device: { ...device, clientVersion: "124.0.5" }, change: "enforce", hasCurrentToken: false };

describe("POST /api/v1/what-if/enrollment", () => {
  it("answers with the outcome and reasons", () => {
    const result = handleWhatIfEnrollment(enrollment);
    expect(result).toEqual({
      ok: true,
      body: { outcome: "refused", reasons: [{ code: "client-fails-while-not-enforced", message: expect.stringContaining("R120") }] },
    });
    if (result.ok) expect(WhatIfEnrollmentResponse.parse(result.body)).toEqual(result.body);
  });

  it.each<[string, unknown, Record<string, string[]>]>([
    ["a missing section", { tenant: enrollment.tenant, device }, { presents: ["Required."] }],
    ["an unknown key", { ...enrollment, extra: 1 }, { extra: ["Unknown field."] }],
    ["a nested unknown key", { ...enrollment, device: { ...device, region: "eu" } }, { "device.region": ["Unknown field."] }],
    ["a wrong enum", { ...enrollment, tenant: { state: "ENFORCED", encryptionTokenEnforced: false } }, { "tenant.state": [expect.stringContaining("not-enforced")] }],
    ["a string for a boolean", { ...enrollment, device: { ...device, multiUser: "yes" } }, { "device.multiUser": [expect.stringContaining("boolean")] }],
    ["a missing field", { ...enrollment, presents: { authToken: "none" } }, { "presents.encryptionToken": ["Required."] }],
    ["an over-long version", { ...enrollment, device: { ...device, clientVersion: "1".repeat(65) } }, { "device.clientVersion": [expect.any(String)] }],
    ["not an object", "enforced", { body: [expect.stringContaining("object")] }],
    ["null", null, { body: [expect.any(String)] }],
    ["an array", [enrollment], { body: [expect.any(String)] }],
  ])("rejects %s with field errors", (_label, body, fieldErrors) => {
    expect(handleWhatIfEnrollment(body)).toEqual({ ok: false, fieldErrors });
  });
});

describe("POST /api/v1/what-if/readiness", () => {
  it("answers refused, step, reasons and remediations", () => {
    const result = handleWhatIfReadiness(readiness);
    expect(result).toEqual({
      ok: true,
      body: { refused: true, step: "enforce", reasons: [{ code: "device-lacks-token", message: expect.any(String) }], remediations: ["nsdiag", "msi-rerun", "reinstall"] },
    });
    if (result.ok) expect(WhatIfReadinessResponse.parse(result.body)).toEqual(result.body);
  });

  it.each<[string, unknown, string]>([
    ["an unknown change", { ...readiness, change: "rotate" }, "change"],
    ["no hasCurrentToken", { device: readiness.device, change: "enforce" }, "hasCurrentToken"],
    ["an unknown OS", { ...readiness, device: { ...readiness.device, os: "linux" } }, "device.os"],
  ])("rejects %s", (_label, body, field) => {
    const result = handleWhatIfReadiness(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual([field]);
  });
});

describe("POST /api/v1/install-command/lint", () => {
  it("returns masked fields and problems without the in-app hints", () => {
    const result = handleInstallCommandLint({
      command: 'msiexec /I NSClient.msi host=addon-other.goskope.com token=ORGANIZATION_ID enrollauthtoken==abc123dummy123abc123dummy /qn',
      tenant: { addonHost: "addon-acme.goskope.com" },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(InstallCommandLintResponse.parse(result.body)).toEqual(result.body);
    expect(result.body.fields).toMatchObject({ kind: "msiexec", host: "addon-other.goskope.com", enrollAuthToken: "••••••ummy", orgKey: "••••••" });
    expect(result.body.problems.map((p) => [p.code, p.severity])).toEqual([
      ["double-equals", "error"],
      ["host-tenant-mismatch", "error"],
    ]);
    expect(JSON.stringify(result.body)).not.toContain("abc123dummy");
  });

  it.each<[string, unknown, string]>([
    ["an empty command", { command: "" }, "command"],
    ["a command that is not a string", { command: 42 }, "command"],
    ["a tenant without a host", { command: "msiexec", tenant: {} }, "tenant.addonHost"],
    ["an unknown key", { command: "msiexec", token: "x" }, "token"],
  ])("rejects %s", (_label, body, field) => {
    const result = handleInstallCommandLint(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual([field]);
  });
});

describe("handlers are total (properties)", () => {
  it("never throw, whatever JSON they get", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        for (const handler of [handleWhatIfEnrollment, handleWhatIfReadiness, handleInstallCommandLint]) {
          const result = handler(body);
          if (!result.ok) expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
        }
      }),
    );
  });

  const str = <T extends string>(...values: T[]) => fc.constantFrom(...values);
  const anyDevice = fc.record({
    os: str("windows", "macos"),
    clientVersion: fc.string({ maxLength: 64 }),
    installMode: str("upn", "idp", "email-invite"),
    multiUser: fc.boolean(),
    npaPrelogon: fc.boolean(),
    protectClientConfig: fc.boolean(),
  });

  it("answer every valid request with a valid response body", () => {
    fc.assert(
      fc.property(
        fc.record({
          tenant: fc.record({ state: str("disabled", "not-enforced", "enforced"), encryptionTokenEnforced: fc.boolean() }),
          device: anyDevice,
          presents: fc.record({ authToken: str("none", "wrong", "correct"), encryptionToken: str("none", "wrong", "correct") }),
        }),
        fc.record({ device: anyDevice, change: str("enforce", "rotate-single-token", "rotate-multi-token"), hasCurrentToken: fc.boolean() }),
        fc.string({ minLength: 1, maxLength: 300 }),
        (e, r, command) => {
          const a = handleWhatIfEnrollment(WhatIfEnrollmentRequest.parse(e));
          const b = handleWhatIfReadiness(WhatIfReadinessRequest.parse(r));
          const c = handleInstallCommandLint({ command: `msiexec /i ${command}` });
          expect(a.ok && WhatIfEnrollmentResponse.safeParse(a.body).success).toBe(true);
          expect(b.ok && WhatIfReadinessResponse.safeParse(b.body).success).toBe(true);
          expect(c.ok && InstallCommandLintResponse.safeParse(c.body).success).toBe(true);
        },
      ),
    );
  });
});

describe("hostile keys", () => {
  it.each([{ valueOf: null }, JSON.parse('{"__proto__": {"state": 1}, "toString": 1}'), { constructor: {} }])("reports %j as unknown fields without throwing", (body) => {
    const result = handleWhatIfEnrollment(body);
    expect(result.ok).toBe(false);
    if (!result.ok) for (const key of Object.keys(body)) expect(result.fieldErrors[key]).toEqual(["Unknown field."]);
  });
});
