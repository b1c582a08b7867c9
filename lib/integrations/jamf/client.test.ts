// Contract tests: the Jamf Pro client against the simulator (Jamf Pro API JSON and Classic API XML).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/simulators/index";
import { advanceClock, startTestSimulator, TEST } from "@/simulators/testing";
import { createFakeClock } from "../clock";
import { createMemoryLogger } from "../logger";
import { createJamfClient, type JamfClient } from "./client";

let sim: RunningSimulator;
let jamf: JamfClient;
const logger = createMemoryLogger();
const base = () => `/jamf/${TEST.jamf.instance}`;

function client(clientId: string = TEST.jamf.clientId, clientSecret: string = TEST.jamf.clientSecret, extra: Partial<Parameters<typeof createJamfClient>[0]> = {}) {
  return createJamfClient({ baseUrl: sim.jamfBaseUrl(TEST.jamf.instance), clientId, clientSecret, logger, ...extra });
}

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  jamf = client();
});

describe("authentication", () => {
  it("gets one token for many calls, even concurrent ones", async () => {
    await Promise.all([jamf.listScripts(), jamf.listPolicies(), jamf.listComputers()]);
    await jamf.getPolicy("10");
    expect(sim.requestLog.count("POST", `${base()}/api/oauth/token`)).toBe(1);
  });

  it("renews the token when it expires", async () => {
    await jamf.listScripts();
    await advanceClock(sim, 1_300_000);
    await jamf.listScripts();
    expect(sim.requestLog.count("POST", `${base()}/api/oauth/token`)).toBe(2);
  });

  it("reports bad credentials as unauthorized", async () => {
    await expect(client(TEST.jamf.clientId, "wrong-secret-000000").listScripts()).rejects.toMatchObject({ code: "unauthorized", status: 401, message: "jamf POST api/oauth/token: HTTP 401: invalid_client" });
  });
});

describe("scripts and computers (Jamf Pro API)", () => {
  it("pages through scripts and computers", async () => {
    expect((await jamf.listScripts({ pageSize: 2 })).map((script) => script.id)).toEqual(["1", "2", "3"]);
    expect(sim.requestLog.count("GET", `${base()}/api/v1/scripts`)).toBe(2);
    const computers = await jamf.listComputers({ pageSize: 2 });
    expect(computers.map((computer) => [computer.name, computer.serialNumber, computer.osVersion])).toEqual([
      ["acme-mbp-0004", "C02AAAA0004", "14.5"],
      ["acme-mbp-0005", "C02AAAA0005", "15.1"],
      ["acme-mbp-0099", "C02AAAA0099", "13.6"],
    ]);
  });

  it("updates a script by sending it back whole, and creates and deletes one", async () => {
    const updated = await jamf.updateScript("2", { parameterLabels: { 5: "Encryption token" } });
    expect(updated.parameterLabels).toEqual({ 4: "Authentication token", 5: "Encryption token" });
    expect(updated.contents).toContain("nsdiag");
    const created = await jamf.createScript({ name: "Netskope nsdiag (v2)", contents: "#!/bin/zsh\nexit 0\n", parameterLabels: { 4: "Token" } });
    expect(created).toMatchObject({ id: "4", name: "Netskope nsdiag (v2)", parameterLabels: { 4: "Token" } });
    await jamf.deleteScript(created.id);
    await expect(jamf.getScript(created.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps at most 5 connections open at once", async () => {
    await Promise.all(Array.from({ length: 15 }, (_, i) => jamf.getScript(String((i % 3) + 1))));
    expect(sim.requestLog.peakConcurrency(`jamf/${TEST.jamf.instance}`)).toBeLessThanOrEqual(5);
    expect(sim.requestLog.count("GET", /\/api\/v1\/scripts\/\d$/)).toBe(15);
  });
});

describe("policies (Classic API XML)", () => {
  it("reads the token carried in a policy's script parameters", async () => {
    expect(await jamf.listPolicies()).toEqual([{ id: "10", name: "Netskope Client install" }, { id: "11", name: "Netskope nsdiag push" }]);
    const policy = await jamf.getPolicy("10");
    expect(policy.scripts[0]?.parameters[7]).toBe(`enrollauthtoken=${TEST.acme.currentToken}`);
    expect(policy.scope.computerIds).toEqual(["1", "2", "3"]);
  });

  it("writes a new token into one parameter, keeping the others, with XML-special characters intact", async () => {
    const token = `N3w&<T0k"en'>`;
    const policy = await jamf.setPolicyScriptParameters("10", "1", { 7: `enrollauthtoken=${token}` });
    expect(policy.scripts[0]?.parameters).toEqual({ 4: "addon-acme.eu.goskope.com", 5: "ACMEORGKEY01", 6: "upn", 7: `enrollauthtoken=${token}` });
    const put = sim.requestLog.entries().find((entry) => entry.method === "PUT");
    expect(put?.body).toContain("enrollauthtoken=N3w&amp;&lt;T0k&quot;en&apos;&gt;");
    // Clearing one parameter with "".
    expect((await jamf.setPolicyScriptParameters("10", "1", { 6: "" })).scripts[0]?.parameters[6]).toBeUndefined();
  });

  it("refuses a script the policy does not run, and a client without Update Policies", async () => {
    await expect(jamf.setPolicyScriptParameters("10", "2", { 4: "x" })).rejects.toMatchObject({ code: "not_found" });
    const readOnly = client(TEST.jamf.readOnlyClientId, TEST.jamf.readOnlyClientSecret);
    await expect(readOnly.getPolicy("10")).rejects.toMatchObject({ code: "forbidden", status: 403, message: expect.stringContaining("You do not have access") });
  });

  it("retries a PUT (idempotent) through a 503, writing once more with the same content", async () => {
    sim.faults.add({ method: "PUT", path: `${base()}/JSSResource/policies/id/10`, kind: "status", status: 503, times: 1 });
    const fast = client(TEST.jamf.clientId, TEST.jamf.clientSecret, { clock: createFakeClock() });
    await fast.setPolicyScriptParameters("10", "1", { 7: "enrollauthtoken=AAA" });
    expect(sim.requestLog.entries().filter((entry) => entry.method === "PUT").map((entry) => entry.status)).toEqual([503, 201]);
  });
});

describe("testConnection", () => {
  it("reports reads as ok and writes as unverified for a full client", async () => {
    const report = await jamf.testConnection();
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual(["auth:ok", "scripts.read:ok", "policies.read:ok", "computers.read:ok", "policies.write:skipped", "scripts.write:skipped", "rate-limit:ok"]);
  });

  it("says which privilege a limited client lacks", async () => {
    const report = await client(TEST.jamf.readOnlyClientId, TEST.jamf.readOnlyClientSecret).testConnection();
    expect(report.ok).toBe(false);
    expect(report.checks.find((check) => check.id === "policies.read")).toMatchObject({ status: "failed", code: "forbidden", httpStatus: 403 });
  });
});

describe("logs", () => {
  it("never contain the client secret or the bearer token", () => {
    const text = JSON.stringify(logger.records);
    expect(logger.records.length).toBeGreaterThan(10);
    expect(text).not.toContain(TEST.jamf.clientSecret);
    for (const instance of sim.state.jamf.values()) for (const token of instance.tokens.keys()) expect(text).not.toContain(token);
  });
});
