// Device management scripts (Windows, beta) and shell scripts (macOS, beta) [doc]: create, assign,
// per-device run states. This is how `nsdiag -e enrollauthtoken=...` reaches already-installed devices.
import { parseWith, tryJson } from "../http-support";
import type { MdmScript, ScriptDeviceRun, ScriptPlatform, ScriptRunAs } from "../types";
import type { CallOptions } from "./apps";
import { allGraphPages, type IntuneContext } from "./context";
import { RunStatePayload, ScriptPayload } from "./schemas";
import { toMdmScript, toScriptDeviceRun } from "./transform";

const COLLECTION: Record<ScriptPlatform, string> = {
  windows: "beta/deviceManagement/deviceManagementScripts",
  macos: "beta/deviceManagement/deviceShellScripts",
};

export interface NewScript {
  displayName: string;
  /** The script text; sent base64-encoded as Graph requires. */
  content: string;
  fileName: string;
  /** nsdiag needs administrator / root rights, so "system" is the useful choice. */
  runAs?: ScriptRunAs;
  description?: string;
  /** Windows only. */
  enforceSignatureCheck?: boolean;
  runAs32Bit?: boolean;
  /** macOS only: ISO 8601 duration, "PT0S" runs once [doc]. */
  executionFrequency?: string;
  retryCount?: number;
}

export interface ScriptWriteOptions extends CallOptions {
  /** Creating twice makes two scripts: only retried with a key. */
  idempotencyKey?: string;
}

function scriptBody(platform: ScriptPlatform, input: NewScript): Record<string, unknown> {
  const common = {
    displayName: input.displayName,
    description: input.description ?? "",
    scriptContent: Buffer.from(input.content, "utf8").toString("base64"),
    runAsAccount: input.runAs ?? "system",
    fileName: input.fileName,
  };
  return platform === "windows"
    ? { ...common, enforceSignatureCheck: input.enforceSignatureCheck ?? false, runAs32Bit: input.runAs32Bit ?? false }
    : { ...common, executionFrequency: input.executionFrequency ?? "PT0S", retryCount: input.retryCount ?? 3, blockExecutionNotifications: true };
}

/** POST /beta/deviceManagement/{deviceManagementScripts|deviceShellScripts} → 201 with the script. */
export async function createScript(ctx: IntuneContext, platform: ScriptPlatform, input: NewScript, options: ScriptWriteOptions = {}): Promise<MdmScript> {
  const endpoint = COLLECTION[platform];
  const response = await ctx.graph.request({ method: "POST", path: endpoint, endpoint, json: scriptBody(platform, input), idempotencyKey: options.idempotencyKey, signal: options.signal });
  return toMdmScript(platform, parseWith(ScriptPayload, tryJson(response.body), "intune", endpoint));
}

/** GET .../{id}: the script including its decoded content. */
export async function getScript(ctx: IntuneContext, platform: ScriptPlatform, id: string, options: CallOptions = {}): Promise<MdmScript> {
  const endpoint = `${COLLECTION[platform]}/{id}`;
  const response = await ctx.graph.request({ method: "GET", path: `${COLLECTION[platform]}/${encodeURIComponent(id)}`, endpoint, signal: options.signal });
  return toMdmScript(platform, parseWith(ScriptPayload, tryJson(response.body), "intune", endpoint));
}

/** GET the collection, every page (content omitted by Graph in lists). */
export async function listScripts(ctx: IntuneContext, platform: ScriptPlatform, options: CallOptions = {}): Promise<MdmScript[]> {
  const endpoint = COLLECTION[platform];
  return (await allGraphPages(ctx, endpoint, endpoint, ScriptPayload, undefined, options.signal)).map((item) => toMdmScript(platform, item));
}

/**
 * POST .../{id}/assign with group targets → 204 [doc]. The call replaces the script's assignment set,
 * so repeating it is harmless and it is retried.
 */
export async function assignScript(ctx: IntuneContext, platform: ScriptPlatform, id: string, groupIds: string[], options: CallOptions = {}): Promise<void> {
  const endpoint = `${COLLECTION[platform]}/{id}/assign`;
  const deviceManagementScriptAssignments = groupIds.map((groupId) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId } }));
  await ctx.graph.request({
    method: "POST",
    path: `${COLLECTION[platform]}/${encodeURIComponent(id)}/assign`,
    endpoint,
    json: { deviceManagementScriptAssignments },
    idempotent: true,
    signal: options.signal,
  });
}

/** GET .../{id}/deviceRunStates?$expand=managedDevice, every page [doc]. */
export async function listScriptRunStates(ctx: IntuneContext, platform: ScriptPlatform, id: string, options: CallOptions = {}): Promise<ScriptDeviceRun[]> {
  const endpoint = `${COLLECTION[platform]}/{id}/deviceRunStates`;
  const path = `${COLLECTION[platform]}/${encodeURIComponent(id)}/deviceRunStates`;
  return (await allGraphPages(ctx, path, endpoint, RunStatePayload, { $expand: "managedDevice" }, options.signal)).map(toScriptDeviceRun);
}
