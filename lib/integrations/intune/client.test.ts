// Contract tests: the Intune client against the simulator. MSAL runs for real: OIDC discovery and
// the token request go over TLS to the simulator (trusted through `caCertificate`).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/simulators/index";
import { advanceClock, startTestSimulator, TEST } from "@/simulators/testing";
import { createFakeClock } from "../clock";
import { createMemoryLogger } from "../logger";
import { createIntuneClient, type IntuneClient } from "./client";

let sim: RunningSimulator;
let intune: IntuneClient;
const logger = createMemoryLogger();
const NSDIAG = (token: string) => `& "C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe" -e enrollauthtoken=${token}\r\n`;

function client(clientId: string = TEST.intune.clientId, clientSecret: string = TEST.intune.clientSecret, extra: Partial<Parameters<typeof createIntuneClient>[0]> = {}) {
  return createIntuneClient({ tenantId: TEST.intune.tenantId, clientId, clientSecret, authorityHost: sim.httpsUrl, graphBaseUrl: sim.graphBaseUrl, caCertificate: sim.caCertificate, logger, ...extra });
}

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  intune = client();
});

describe("authentication through MSAL", () => {
  it("discovers the authority and gets a token once, even for concurrent first calls, then reuses MSAL's cache", async () => {
    await Promise.all([intune.listWin32Apps(), intune.listManagedDevices()]);
    await intune.getWin32App("app-single");
    const entra = sim.requestLog.entries({ vendor: "entra" });
    expect(entra.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      `GET /${TEST.intune.tenantId}/v2.0/.well-known/openid-configuration`,
      `POST /${TEST.intune.tenantId}/oauth2/v2.0/token`,
    ]);
  });

  it("reports a wrong client secret as unauthorized without echoing it", async () => {
    const bad = client(TEST.intune.clientId, "wrong-secret-value-000");
    const error = (await bad.listWin32Apps().catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: "unauthorized", vendor: "intune", message: "intune: Entra ID refused the app credentials (invalid_client AADSTS7000215)" });
    expect(error.message).not.toContain("wrong-secret-value-000");
  });

  it("refuses a plain-http authority, as MSAL would", () => {
    expect(() => client(TEST.intune.clientId, TEST.intune.clientSecret, { authorityHost: sim.url })).toThrow(/must be https/);
  });

  it("gets a new token when Graph says the cached one is no longer valid", async () => {
    await intune.listWin32Apps();
    for (const tenant of sim.state.intune.values()) tenant.tokens.clear();
    expect(await intune.listWin32Apps()).toHaveLength(3);
    expect(sim.requestLog.count("POST", `/${TEST.intune.tenantId}/oauth2/v2.0/token`)).toBe(2);
  });
});

describe("win32 apps and managed devices", () => {
  it("lists Win32 apps across nextLink pages", async () => {
    const apps = await intune.listWin32Apps();
    expect(apps.map((app) => app.id)).toEqual(["app-single", "app-multi", "app-kiosk"]);
    expect(sim.requestLog.count("GET", "/graph/v1.0/deviceAppManagement/mobileApps")).toBe(2);
  });

  it("updates an install command (204) and reads it back", async () => {
    const command = `msiexec /I NSClient.msi host=addon-acme.eu.goskope.com token=ACMEORGKEY01 enrollauthtoken=${TEST.acme.currentToken} /qn`;
    const app = await intune.updateInstallCommandLine("app-kiosk", command);
    expect(app.installCommandLine).toBe(command);
    expect(sim.requestLog.entries().find((entry) => entry.method === "PATCH")?.status).toBe(204);
  });

  it("lists managed devices across pages, with a filter", async () => {
    expect(await intune.listManagedDevices()).toHaveLength(6);
    const macs = await intune.listManagedDevices({ filter: "operatingSystem eq 'macOS'" });
    expect(macs.map((device) => [device.deviceName, device.os, device.lastSyncAt])).toEqual([["acme-mbp-0004", "macos", null], ["acme-mbp-0005", "macos", "2026-02-27T10:00:00.000Z"]]);
  });

  it("maps a missing app to not_found and a missing permission to forbidden", async () => {
    await expect(intune.getWin32App("nope")).rejects.toMatchObject({ code: "not_found", status: 404 });
    const readOnly = client(TEST.intune.readOnlyClientId, TEST.intune.readOnlyClientSecret);
    expect(await readOnly.listWin32Apps()).toHaveLength(3);
    await expect(readOnly.updateInstallCommandLine("app-kiosk", "msiexec /I x.msi")).rejects.toMatchObject({ code: "forbidden", status: 403, message: expect.stringContaining("DeviceManagementApps.ReadWrite.All") });
  });
});

describe("nsdiag push through scripts", () => {
  it("creates and assigns a Windows script; run states go from pending to success, failure, or stay pending", async () => {
    const script = await intune.createScript("windows", { displayName: "Netskope token", fileName: "nsdiag.ps1", content: NSDIAG(TEST.acme.currentToken) });
    expect((await intune.getScript("windows", script.id)).content).toBe(NSDIAG(TEST.acme.currentToken));
    await intune.assignScript("windows", script.id, ["g-win-multi"]);
    const pending = await intune.listScriptRunStates("windows", script.id);
    expect(pending.map((run) => run.state)).toEqual(["pending", "pending", "pending", "pending"]);
    await advanceClock(sim, 3_600_000);
    const done = Object.fromEntries((await intune.listScriptRunStates("windows", script.id)).map((run) => [run.deviceName, run.state]));
    // 0002 runs client 115.0 (no nsdiag -e), 0006 is offline.
    expect(done).toEqual({ "ACME-WS-0001": "success", "ACME-WS-0002": "scriptError", "ACME-WS-0003": "success", "ACME-WS-0006": "pending" });
    expect(sim.state.findDevice(TEST.acme.device("ACME-WS-0003"))?.device.heldAuthToken).toBe(TEST.acme.currentToken);
  });

  it("pushes a macOS shell script; the R123 Mac cannot run nsdiag -e", async () => {
    const script = await intune.createScript("macos", { displayName: "Netskope token", fileName: "nsdiag.sh", content: `"/Library/Application Support/Netskope/STAgent/nsdiag" -e enrollauthtoken=${TEST.acme.currentToken}` });
    await intune.assignScript("macos", script.id, ["g-mac"]);
    await advanceClock(sim, 3_600_000);
    const runs = await intune.listScriptRunStates("macos", script.id);
    expect(runs.map((run) => [run.deviceName, run.state])).toEqual([["acme-mbp-0004", "scriptError"], ["acme-mbp-0005", "success"]]);
    expect((await intune.listScripts("macos")).map((item) => [item.id, item.content])).toEqual([[script.id, null]]);
  });

  it("does not retry creating a script without a key, and retries it with one", async () => {
    sim.faults.add({ method: "POST", path: "/graph/beta/deviceManagement/deviceManagementScripts", kind: "status", status: 503, times: 1 });
    const fast = client(TEST.intune.clientId, TEST.intune.clientSecret, { clock: createFakeClock() });
    await expect(fast.createScript("windows", { displayName: "x", fileName: "x.ps1", content: "exit 0" })).rejects.toMatchObject({ code: "upstream", status: 503 });
    sim.faults.add({ method: "POST", path: "/graph/beta/deviceManagement/deviceManagementScripts", kind: "rate-limit", retryAfterSec: 2, times: 1 });
    await fast.createScript("windows", { displayName: "x", fileName: "x.ps1", content: "exit 0" }, { idempotencyKey: "run-3:script" });
    expect(sim.requestLog.count("POST", "/graph/beta/deviceManagement/deviceManagementScripts")).toBe(3);
    expect([...sim.state.intune.values()][0]?.scripts.size).toBe(1);
  });
});

describe("testConnection", () => {
  it("reports every permission for the full app", async () => {
    const report = await intune.testConnection();
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual([
      "auth:ok",
      "apps.read:ok",
      "apps.write:ok",
      "scripts.windows.read:ok",
      "scripts.macos.read:ok",
      "scripts.write:ok",
      "devices.read:ok",
      "devices.role:ok",
      "rate-limit:ok",
    ]);
  });

  it("says exactly what a read-only app lacks", async () => {
    const report = await client(TEST.intune.readOnlyClientId, TEST.intune.readOnlyClientSecret).testConnection();
    const status = Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
    expect(status).toMatchObject({ auth: "ok", "apps.read": "ok", "apps.write": "failed", "scripts.windows.read": "failed", "scripts.write": "failed", "devices.read": "failed" });
    expect(report.checks.find((check) => check.id === "scripts.windows.read")).toMatchObject({ code: "forbidden", httpStatus: 403 });
  });

  it("stops at authentication with bad credentials", async () => {
    const report = await client(TEST.intune.clientId, "nope-nope-nope-00").testConnection();
    expect(report.checks).toEqual([expect.objectContaining({ id: "auth", status: "failed", code: "unauthorized" })]);
  });
});

describe("logs", () => {
  it("never contain the client secret, access tokens or enrollment tokens", () => {
    const text = JSON.stringify(logger.records);
    expect(text).not.toContain(TEST.intune.clientSecret);
    expect(text).not.toContain(TEST.acme.currentToken);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
  });
});
