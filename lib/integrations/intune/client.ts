// The Microsoft Intune (Graph) client for one Entra tenant and app registration (APIS.md, "Microsoft Intune").
// Usage: `const intune = createIntuneClient({ tenantId, clientId, clientSecret }); await intune.listWin32Apps();`
import type { ConnectionReport, ManagedDevice, MdmScript, ScriptDeviceRun, ScriptPlatform, Win32App } from "../types";
import { getWin32App, listManagedDevices, listWin32Apps, updateInstallCommandLine, type CallOptions } from "./apps";
import { createIntuneContext, type IntuneConfig } from "./context";
import { assignScript, createScript, getScript, listScriptRunStates, listScripts, type NewScript, type ScriptWriteOptions } from "./scripts";
import { testIntuneConnection } from "./test-connection";

export type { IntuneConfig } from "./context";
export type { CallOptions } from "./apps";
export type { NewScript, ScriptWriteOptions } from "./scripts";

export interface IntuneClient {
  getWin32App(id: string, options?: CallOptions): Promise<Win32App>;
  listWin32Apps(options?: CallOptions): Promise<Win32App[]>;
  updateInstallCommandLine(id: string, installCommandLine: string, options?: CallOptions): Promise<Win32App>;
  createScript(platform: ScriptPlatform, input: NewScript, options?: ScriptWriteOptions): Promise<MdmScript>;
  getScript(platform: ScriptPlatform, id: string, options?: CallOptions): Promise<MdmScript>;
  listScripts(platform: ScriptPlatform, options?: CallOptions): Promise<MdmScript[]>;
  assignScript(platform: ScriptPlatform, id: string, groupIds: string[], options?: CallOptions): Promise<void>;
  listScriptRunStates(platform: ScriptPlatform, id: string, options?: CallOptions): Promise<ScriptDeviceRun[]>;
  listManagedDevices(input?: { filter?: string }, options?: CallOptions): Promise<ManagedDevice[]>;
  testConnection(options?: { signal?: AbortSignal }): Promise<ConnectionReport>;
}

export function createIntuneClient(config: IntuneConfig): IntuneClient {
  const ctx = createIntuneContext(config);
  return {
    getWin32App: (id, options) => getWin32App(ctx, id, options),
    listWin32Apps: (options) => listWin32Apps(ctx, options),
    updateInstallCommandLine: (id, commandLine, options) => updateInstallCommandLine(ctx, id, commandLine, options),
    createScript: (platform, input, options) => createScript(ctx, platform, input, options),
    getScript: (platform, id, options) => getScript(ctx, platform, id, options),
    listScripts: (platform, options) => listScripts(ctx, platform, options),
    assignScript: (platform, id, groupIds, options) => assignScript(ctx, platform, id, groupIds, options),
    listScriptRunStates: (platform, id, options) => listScriptRunStates(ctx, platform, id, options),
    listManagedDevices: (input, options) => listManagedDevices(ctx, input, options),
    testConnection: (options) => testIntuneConnection(ctx, options),
  };
}
