import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWith, vendorMessage } from "../http-support";
import { ManagedDevicePayload, pageOf, RunStatePayload, ScriptPayload, Win32AppPayload } from "./schemas";
import { rolesOf } from "./test-connection";
import { toManagedDevice, toMdmScript, toScriptDeviceRun, toWin32App } from "./transform";

const json = (name: string): unknown => JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8"));

describe("intune transforms", () => {
  it("maps a Win32 app with its install command", () => {
    const app = toWin32App(parseWith(Win32AppPayload, json("mobileapp-win32.json"), "intune", "a"));
    expect(app).toEqual({
      id: "8f2a6c1e-3b5d-4e7f-9a1b-2c3d4e5f6a7b",
      displayName: "Netskope Client (multi-user)",
      publisher: "Netskope",
      installCommandLine: expect.stringContaining("mode=peruserconfig enrollauthtoken=u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq"),
      uninstallCommandLine: "msiexec /x NSClient.msi /qn",
      lastModifiedAt: "2025-12-02T09:00:00.000Z",
    });
  });

  it("reads a page with its nextLink and keeps the @odata.type for filtering", () => {
    const page = parseWith(pageOf(Win32AppPayload), json("mobileapps-page.json"), "intune", "a");
    expect(page["@odata.nextLink"]).toContain("$skiptoken=");
    expect(page.value.map((app) => app["@odata.type"])).toEqual(["#microsoft.graph.win32LobApp", "#microsoft.graph.iosStoreApp"]);
    expect(toWin32App(page.value[1]!)).toMatchObject({ installCommandLine: null, uninstallCommandLine: null });
  });

  it("maps managed devices, reading Graph's 0001-01-01 as never", () => {
    const page = parseWith(pageOf(ManagedDevicePayload), json("managed-devices-page.json"), "intune", "d");
    const [win, mac] = page.value.map(toManagedDevice);
    expect(win).toMatchObject({ os: "windows", osName: "Windows", lastSyncAt: "2026-02-28T10:00:00.000Z", userPrincipalName: "alice@acme.example" });
    expect(mac).toMatchObject({ os: "macos", lastSyncAt: null, userPrincipalName: null });
    expect(page["@odata.nextLink"]).toBeUndefined();
  });

  it("decodes script content from base64 and leaves list content null", () => {
    const script = toMdmScript("windows", parseWith(ScriptPayload, json("device-management-script.json"), "intune", "s"));
    expect(script).toMatchObject({ platform: "windows", runAs: "system", fileName: "netskope-nsdiag.ps1" });
    expect(script.content).toContain('nsdiag.exe" -e enrollauthtoken=u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq');
    const [shell] = parseWith(pageOf(ScriptPayload), json("shell-scripts-list.json"), "intune", "s").value.map((item) => toMdmScript("macos", item));
    expect(shell).toMatchObject({ platform: "macos", content: null, runAs: "user" });
  });

  it("maps run states, with the expanded device, and unknown states as unknown", () => {
    const runs = parseWith(pageOf(RunStatePayload), json("run-states.json"), "intune", "r").value.map(toScriptDeviceRun);
    expect(runs.map((run) => [run.managedDeviceId, run.state, run.errorCode])).toEqual([
      ["md-0001", "success", 0],
      ["md-0002", "scriptError", 1],
      [null, "pending", 0],
      [null, "unknown", null],
    ]);
    expect(runs[0]).toMatchObject({ deviceName: "ACME-WS-0001", serialNumber: "5CD0001AAA", resultMessage: "Enrollment tokens updated", lastUpdatedAt: "2026-03-01T12:20:00.000Z" });
    expect(runs[2]?.lastUpdatedAt).toBeNull();
  });

  it("reads granted permissions from a JWT access token, and nothing from an opaque one", () => {
    const token = (json("entra-token.json") as { access_token: string }).access_token;
    expect(rolesOf(token)).toEqual(["DeviceManagementApps.Read.All"]);
    expect(rolesOf("opaque-token")).toBeNull();
  });

  it("extracts Graph's error message", () => {
    expect(vendorMessage(JSON.stringify(json("graph-error-403.json")))).toMatch(/^Application is not authorized/);
  });
});
