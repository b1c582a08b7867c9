// The Jamf Pro client for one instance (APIS.md, "Jamf Pro"): Jamf Pro API (JSON) and Classic API (XML).
// Usage: `const jamf = createJamfClient({ baseUrl, clientId, clientSecret }); await jamf.listPolicies();`
import type { ConnectionReport, JamfComputer, JamfPolicy, JamfPolicySummary, JamfScript, ScriptParameters } from "../types";
import { createJamfContext, type JamfConfig } from "./context";
import { createScript, deleteScript, getScript, listComputers, listScripts, updateScript, type CallOptions, type ScriptChanges } from "./inventory";
import { getPolicy, listPolicies, setPolicyScriptParameters } from "./policies";
import { testJamfConnection } from "./test-connection";

export type { JamfConfig } from "./context";
export type { CallOptions, ScriptChanges } from "./inventory";

export interface JamfClient {
  listScripts(options?: CallOptions & { pageSize?: number }): Promise<JamfScript[]>;
  getScript(id: string, options?: CallOptions): Promise<JamfScript>;
  createScript(input: { name: string; contents: string; parameterLabels?: ScriptParameters; idempotencyKey?: string }, options?: CallOptions): Promise<JamfScript>;
  updateScript(id: string, changes: ScriptChanges, options?: CallOptions): Promise<JamfScript>;
  deleteScript(id: string, options?: CallOptions): Promise<void>;
  listPolicies(options?: CallOptions): Promise<JamfPolicySummary[]>;
  getPolicy(id: string, options?: CallOptions): Promise<JamfPolicy>;
  setPolicyScriptParameters(policyId: string, scriptId: string, parameters: ScriptParameters, options?: CallOptions): Promise<JamfPolicy>;
  listComputers(options?: CallOptions & { pageSize?: number }): Promise<JamfComputer[]>;
  testConnection(options?: { signal?: AbortSignal }): Promise<ConnectionReport>;
}

export function createJamfClient(config: JamfConfig): JamfClient {
  const ctx = createJamfContext(config);
  return {
    listScripts: (options) => listScripts(ctx, options),
    getScript: (id, options) => getScript(ctx, id, options),
    createScript: (input, options) => createScript(ctx, input, options),
    updateScript: (id, changes, options) => updateScript(ctx, id, changes, options),
    deleteScript: (id, options) => deleteScript(ctx, id, options),
    listPolicies: (options) => listPolicies(ctx, options),
    getPolicy: (id, options) => getPolicy(ctx, id, options),
    setPolicyScriptParameters: (policyId, scriptId, parameters, options) => setPolicyScriptParameters(ctx, policyId, scriptId, parameters, options),
    listComputers: (options) => listComputers(ctx, options),
    testConnection: (options) => testJamfConnection(ctx, options),
  };
}
