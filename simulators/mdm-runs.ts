// What happens on a device when an MDM pushes `nsdiag -e enrollauthtoken=...` (an Intune script or a
// Jamf policy): each targeted device gets a run that stays pending for a seeded delay, then succeeds
// (the device now holds the pushed tokens) or fails for the reasons DOMAIN.md gives.
import { checkGate, nsdiagGate } from "@/lib/domain/client-version";
import { unitFor } from "./random";
import type { ScenarioDevice } from "./scenario";

export type FinalRunState = "success" | "fail" | "scriptError";

export interface DeviceRun {
  id: string;
  source: "intune-script" | "jamf-policy";
  sourceId: string;
  /** Managed device id (Intune) or computer id (Jamf). */
  targetId: string;
  nsdeviceuid: string | null;
  startedAt: number;
  /** Infinity when the device is offline: the run never leaves "pending". */
  dueAt: number;
  final: { state: FinalRunState; message: string; errorCode: number };
  push: PushedTokens | null;
  applied: boolean;
}

export interface PushedTokens {
  authToken: string;
  encryptToken: string | null;
}

const stripQuotes = (value: string) => value.replace(/^["']+|["']+$/g, "");

/**
 * The tokens an `nsdiag -e` line sets, after Jamf-style `$4`..`$11` substitution. A value written
 * `enrollencryptiontoken==x` (the GTS article's typo) sets "=x", as a real shell would pass it.
 * Null when the script runs no `nsdiag -e` with an auth token.
 */
export function parseNsdiagPush(content: string, parameters: Partial<Record<string, string>> = {}): PushedTokens | null {
  const expanded = content.replace(/\$\{?(1[01]|[4-9])\}?/g, (_m, n: string) => parameters[n] ?? "");
  const line = expanded.split(/\r?\n/).find((candidate) => /nsdiag(\.exe)?["']?\s+-e\b/i.test(candidate));
  if (!line) return null;
  const auth = /enrollauthtoken=(\S+)/i.exec(line)?.[1];
  if (!auth) return null;
  const encrypt = /enrollencryptiontoken=(\S+)/i.exec(line)?.[1];
  return { authToken: stripQuotes(auth), encryptToken: encrypt ? stripQuotes(encrypt) : null };
}

export interface RunPlanInput {
  seed: number;
  failureRate: number;
  minDelaySec: number;
  maxDelaySec: number;
  source: DeviceRun["source"];
  sourceId: string;
  targetId: string;
  device: ScenarioDevice | undefined;
  push: PushedTokens | null;
  /** nsdiag needs administrator (Windows) or root (macOS). */
  runsAsAdmin: boolean;
  now: number;
}

/** Decides, deterministically from the seed, how this device's run will end and when. */
export function planRun(input: RunPlanInput): DeviceRun {
  const { seed, device, push } = input;
  const draw = (what: string) => unitFor(seed, input.source, input.sourceId, input.targetId, what);
  const delayMs = Math.round((input.minDelaySec + draw("delay") * Math.max(0, input.maxDelaySec - input.minDelaySec)) * 1000);
  const base = { id: `${input.sourceId}:${input.targetId}`, source: input.source, sourceId: input.sourceId, targetId: input.targetId, nsdeviceuid: device?.nsdeviceuid ?? null, startedAt: input.now, applied: false };
  const dueAt = device && !device.online ? Number.POSITIVE_INFINITY : input.now + delayMs;
  const end = (state: FinalRunState, message: string, errorCode: number, pushed: PushedTokens | null = null): DeviceRun => ({ ...base, dueAt, final: { state, message, errorCode }, push: pushed });
  if (!push) return end("success", "", 0);
  if (!device) return end("fail", "nsdiag not found: the Netskope Client is not installed", 2);
  if (!input.runsAsAdmin) return end("fail", "nsdiag -e needs administrator (Windows) or root (macOS) rights", 5);
  // Windows 116.1.0+ and macOS R124+ accept `nsdiag -e` (DOMAIN.md); an unknown version is treated as too old.
  if (checkGate(device.clientVersion, nsdiagGate(device.os)) !== "yes") {
    return end("scriptError", `nsdiag: option -e is not supported by client ${device.clientVersion}; reinstall with the token`, 1);
  }
  if (draw("failure") < input.failureRate) return end("fail", "nsdiag -e failed: Netskope Client service is not running", 1);
  return end("success", "Enrollment tokens updated", 0, push);
}

/** The run as an MDM reports it at `now`. */
export function runStateAt(run: DeviceRun, now: number): { state: FinalRunState | "pending"; message: string; errorCode: number; updatedAt: number } {
  if (now < run.dueAt) return { state: "pending", message: "", errorCode: 0, updatedAt: run.startedAt };
  return { state: run.final.state, message: run.final.message, errorCode: run.final.errorCode, updatedAt: run.dueAt };
}

/** Applies every successful run that is due: the device now holds the pushed tokens. */
export function settleRuns(runs: Iterable<DeviceRun>, now: number, findDevice: (nsdeviceuid: string) => ScenarioDevice | undefined): void {
  const due = [...runs].filter((run) => !run.applied && run.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
  for (const run of due) {
    run.applied = true;
    if (run.final.state !== "success" || !run.push || !run.nsdeviceuid) continue;
    const device = findDevice(run.nsdeviceuid);
    if (!device) continue;
    device.heldAuthToken = run.push.authToken;
    if (run.push.encryptToken !== null) device.heldEncryptToken = run.push.encryptToken;
  }
}
