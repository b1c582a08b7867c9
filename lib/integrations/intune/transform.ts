// Microsoft Graph JSON → our types (lib/integrations/types.ts).
import { blankToNull, osFromName, toIsoTime } from "../normalize";
import type { ManagedDevice, MdmScript, ScriptDeviceRun, ScriptPlatform, ScriptRunState, Win32App } from "../types";
import type { ManagedDevicePayload, RunStatePayload, ScriptPayload, Win32AppPayload } from "./schemas";

/** Graph writes "never" as 0001-01-01T00:00:00Z [doc: Intune date properties]. */
function graphTime(value: string | null | undefined): string | null {
  if (!value || value.startsWith("0001-01-01")) return null;
  return toIsoTime(value);
}

export function toWin32App(payload: Win32AppPayload): Win32App {
  return {
    id: payload.id,
    displayName: payload.displayName,
    publisher: blankToNull(payload.publisher),
    installCommandLine: blankToNull(payload.installCommandLine),
    uninstallCommandLine: blankToNull(payload.uninstallCommandLine),
    lastModifiedAt: graphTime(payload.lastModifiedDateTime),
  };
}

export function toMdmScript(platform: ScriptPlatform, payload: ScriptPayload): MdmScript {
  const runAs = payload.runAsAccount === "system" || payload.runAsAccount === "user" ? payload.runAsAccount : null;
  return {
    id: payload.id,
    platform,
    displayName: payload.displayName,
    fileName: blankToNull(payload.fileName),
    runAs,
    content: payload.scriptContent ? Buffer.from(payload.scriptContent, "base64").toString("utf8") : null,
    createdAt: graphTime(payload.createdDateTime),
    lastModifiedAt: graphTime(payload.lastModifiedDateTime),
  };
}

const RUN_STATES: ReadonlySet<string> = new Set<ScriptRunState>(["unknown", "success", "fail", "scriptError", "pending", "notApplicable"]);

export function toScriptDeviceRun(payload: RunStatePayload): ScriptDeviceRun {
  const state = payload.runState && RUN_STATES.has(payload.runState) ? (payload.runState as ScriptRunState) : "unknown";
  return {
    id: payload.id,
    state,
    resultMessage: blankToNull(payload.resultMessage),
    errorCode: payload.errorCode ?? null,
    lastUpdatedAt: graphTime(payload.lastStateUpdateDateTime),
    managedDeviceId: payload.managedDevice?.id ?? null,
    deviceName: blankToNull(payload.managedDevice?.deviceName),
    serialNumber: blankToNull(payload.managedDevice?.serialNumber),
  };
}

export function toManagedDevice(payload: ManagedDevicePayload): ManagedDevice {
  return {
    id: payload.id,
    deviceName: blankToNull(payload.deviceName),
    os: osFromName(payload.operatingSystem),
    osName: blankToNull(payload.operatingSystem),
    osVersion: blankToNull(payload.osVersion),
    userPrincipalName: blankToNull(payload.userPrincipalName),
    serialNumber: blankToNull(payload.serialNumber),
    lastSyncAt: graphTime(payload.lastSyncDateTime),
    azureAdDeviceId: blankToNull(payload.azureADDeviceId),
  };
}
