// The Netskope REST API v2 client for one tenant (APIS.md, "Netskope REST API v2").
// Usage: `const ns = createNetskopeClient({ baseUrl, apiToken }); await ns.listTokenSets();`
import type { TokenKind } from "@/lib/domain/types";
import type { ClassificationRule, ClassificationTag, ClientStatusDevice, ConnectionReport, DeviceTagTarget, TokenSet, V1ClientDevice } from "../types";
import { createNetskopeContext, type NetskopeConfig } from "./context";
import { createClassificationRules, createClassificationTags, listClassificationRules, listClassificationTags, listV1Clients, replaceDeviceTags } from "./devices";
import { exportClientStatus, iterateClientStatus, iterateClientStatusExport, searchClientStatus, type ClientStatusExport, type ClientStatusSearch } from "./events";
import { testNetskopeConnection } from "./test-connection";
import { createTokenSet, deleteToken, deleteTokenSet, listTokenSets, regenerateToken, setEnforceStatus, setTokenSetValidity, type CallOptions, type WriteOptions } from "./token-sets";

export type { NetskopeConfig } from "./context";
export type { CallOptions, WriteOptions } from "./token-sets";
export type { ClientStatusExport, ClientStatusSearch } from "./events";

export interface NetskopeClient {
  listTokenSets(options?: CallOptions): Promise<TokenSet[]>;
  createTokenSet(options?: WriteOptions): Promise<TokenSet>;
  regenerateToken(tsid: number, kind: TokenKind, options?: WriteOptions): Promise<TokenSet>;
  setTokenSetValidity(tsid: number, days: number, options?: WriteOptions): Promise<TokenSet>;
  setEnforceStatus(tsid: number, enforced: boolean, options?: WriteOptions): Promise<TokenSet>;
  deleteTokenSet(tsid: number, options?: CallOptions): Promise<void>;
  deleteToken(tsid: number, kind: TokenKind, options?: CallOptions): Promise<TokenSet | null>;
  iterateClientStatus(search: ClientStatusSearch, options?: CallOptions): AsyncGenerator<ClientStatusDevice[]>;
  searchClientStatus(search: ClientStatusSearch, options?: CallOptions): Promise<ClientStatusDevice[]>;
  iterateClientStatusExport(spec: ClientStatusExport, options?: CallOptions): AsyncGenerator<ClientStatusDevice[]>;
  exportClientStatus(spec: ClientStatusExport, options?: CallOptions): Promise<ClientStatusDevice[]>;
  listV1Clients(input?: { query?: string; pageSize?: number }, options?: CallOptions): Promise<V1ClientDevice[]>;
  listClassificationTags(options?: CallOptions): Promise<ClassificationTag[]>;
  createClassificationTags(tags: { name: string; description?: string }[], options?: WriteOptions): Promise<string[]>;
  listClassificationRules(options?: CallOptions): Promise<ClassificationRule[]>;
  createClassificationRules(rules: Omit<ClassificationRule, "id">[], options?: WriteOptions): Promise<string[]>;
  replaceDeviceTags(input: { tagIds: string[]; devices: DeviceTagTarget[] }, options?: CallOptions): Promise<{ calls: number; devices: number }>;
  testConnection(options?: { signal?: AbortSignal }): Promise<ConnectionReport>;
}

/** The production base URL of a tenant: `https://<tenant>[.<region>].goskope.com/api/v2` [doc]. */
export function netskopeBaseUrl(tenant: string, region?: string): string {
  if (!/^[a-z0-9-]+$/i.test(tenant) || (region !== undefined && !/^[a-z0-9-]+$/i.test(region))) throw new RangeError("tenant and region are host labels");
  return `https://${tenant}${region ? `.${region}` : ""}.goskope.com/api/v2`;
}

export function createNetskopeClient(config: NetskopeConfig): NetskopeClient {
  const ctx = createNetskopeContext(config);
  return {
    listTokenSets: (options) => listTokenSets(ctx, options),
    createTokenSet: (options) => createTokenSet(ctx, options),
    regenerateToken: (tsid, kind, options) => regenerateToken(ctx, tsid, kind, options),
    setTokenSetValidity: (tsid, days, options) => setTokenSetValidity(ctx, tsid, days, options),
    setEnforceStatus: (tsid, enforced, options) => setEnforceStatus(ctx, tsid, enforced, options),
    deleteTokenSet: (tsid, options) => deleteTokenSet(ctx, tsid, options),
    deleteToken: (tsid, kind, options) => deleteToken(ctx, tsid, kind, options),
    iterateClientStatus: (search, options) => iterateClientStatus(ctx, search, options),
    searchClientStatus: (search, options) => searchClientStatus(ctx, search, options),
    iterateClientStatusExport: (spec, options) => iterateClientStatusExport(ctx, spec, options),
    exportClientStatus: (spec, options) => exportClientStatus(ctx, spec, options),
    listV1Clients: (input, options) => listV1Clients(ctx, input, options),
    listClassificationTags: (options) => listClassificationTags(ctx, options),
    createClassificationTags: (tags, options) => createClassificationTags(ctx, tags, options),
    listClassificationRules: (options) => listClassificationRules(ctx, options),
    createClassificationRules: (rules, options) => createClassificationRules(ctx, rules, options),
    replaceDeviceTags: (input, options) => replaceDeviceTags(ctx, input, options),
    testConnection: (options) => testNetskopeConnection(ctx, options),
  };
}
