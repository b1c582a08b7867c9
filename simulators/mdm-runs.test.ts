import { describe, expect, it } from "vitest";
import { parseNsdiagPush, planRun, runStateAt, settleRuns, type RunPlanInput } from "./mdm-runs";
import type { ScenarioDevice } from "./scenario";

const device = (overrides: Partial<ScenarioDevice> = {}): ScenarioDevice => ({
  nsdeviceuid: "dev-1",
  hostname: "WS-1",
  serialNumber: "S1",
  os: "windows",
  osVersion: "10.0.22631",
  clientVersion: "124.0.1.2000",
  installMode: "upn",
  multiUser: true,
  users: [],
  npaPrelogon: false,
  protectClientConfig: false,
  heldAuthToken: null,
  heldEncryptToken: null,
  online: true,
  lastSeen: "2026-03-01T00:00:00Z",
  classification: [],
  ...overrides,
});

const plan = (overrides: Partial<RunPlanInput> = {}) =>
  planRun({ seed: 1, failureRate: 0, minDelaySec: 60, maxDelaySec: 600, source: "intune-script", sourceId: "s1", targetId: "t1", device: device(), push: { authToken: "TOK", encryptToken: null }, runsAsAdmin: true, now: 0, ...overrides });

describe("parseNsdiagPush", () => {
  it("reads the tokens of a Windows nsdiag line", () => {
    expect(parseNsdiagPush('& "C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe" -e enrollauthtoken=AAA enrollencryptiontoken=BBB')).toEqual({ authToken: "AAA", encryptToken: "BBB" });
  });

  it("substitutes Jamf parameters $4..$11 and strips quotes", () => {
    expect(parseNsdiagPush('"/Library/Application Support/Netskope/STAgent/nsdiag" -e enrollauthtoken="$4" enrollencryptiontoken=${10}', { "4": "T4", "10": "E10" })).toEqual({ authToken: "T4", encryptToken: "E10" });
  });

  it("keeps the GTS typo enrollencryptiontoken== as a wrong value", () => {
    expect(parseNsdiagPush("nsdiag -e enrollauthtoken=A enrollencryptiontoken==B")?.encryptToken).toBe("=B");
  });

  it("is null for scripts that do not push a token", () => {
    expect(parseNsdiagPush("#!/bin/zsh\nexit 0")).toBeNull();
    expect(parseNsdiagPush("nsdiag -u")).toBeNull();
    expect(parseNsdiagPush("nsdiag -e enrollauthtoken=$4", {})).toBeNull();
  });
});

describe("planRun", () => {
  it("succeeds on an eligible device after a seeded delay, the same for the same seed", () => {
    const run = plan();
    expect(run.final).toEqual({ state: "success", message: "Enrollment tokens updated", errorCode: 0 });
    expect(run.dueAt).toBeGreaterThanOrEqual(60_000);
    expect(run.dueAt).toBeLessThanOrEqual(600_000);
    expect(plan().dueAt).toBe(run.dueAt);
    expect(plan({ seed: 2 }).dueAt).not.toBe(run.dueAt);
  });

  it("fails where DOMAIN.md says nsdiag -e cannot work", () => {
    expect(plan({ device: device({ clientVersion: "116.0.3.1000" }) }).final.state).toBe("scriptError");
    expect(plan({ device: device({ clientVersion: "116.1.0.1000" }) }).final.state).toBe("success");
    expect(plan({ device: device({ os: "macos", clientVersion: "123.9.0.1" }) }).final.state).toBe("scriptError");
    expect(plan({ device: device({ os: "macos", clientVersion: "124.0.0.1" }) }).final.state).toBe("success");
    expect(plan({ device: device({ clientVersion: "garbage" }) }).final.state).toBe("scriptError");
    expect(plan({ runsAsAdmin: false }).final).toMatchObject({ state: "fail", errorCode: 5 });
    expect(plan({ device: undefined }).final.state).toBe("fail");
    expect(plan({ failureRate: 1 }).final.state).toBe("fail");
  });

  it("keeps an offline device pending for ever", () => {
    const run = plan({ device: device({ online: false }) });
    expect(run.dueAt).toBe(Number.POSITIVE_INFINITY);
    expect(runStateAt(run, 1e15).state).toBe("pending");
  });

  it("reports pending until due, then the final state", () => {
    const run = plan();
    expect(runStateAt(run, run.dueAt - 1)).toMatchObject({ state: "pending", updatedAt: 0 });
    expect(runStateAt(run, run.dueAt)).toMatchObject({ state: "success", updatedAt: run.dueAt });
  });
});

describe("settleRuns", () => {
  it("gives the pushed token to devices whose run succeeded and is due, once", () => {
    const target = device();
    const ok = plan();
    const failed = plan({ sourceId: "s2", failureRate: 1 });
    const find = (id: string) => (id === target.nsdeviceuid ? target : undefined);
    settleRuns([ok, failed], ok.dueAt - 1, find);
    expect(target.heldAuthToken).toBeNull();
    settleRuns([ok, failed], Math.max(ok.dueAt, failed.dueAt), find);
    expect(target.heldAuthToken).toBe("TOK");
    expect(ok.applied && failed.applied).toBe(true);
    target.heldAuthToken = "LATER";
    settleRuns([ok], 1e15, find);
    expect(target.heldAuthToken).toBe("LATER");
  });
});
