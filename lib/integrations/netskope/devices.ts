// Device classification tags and rules (beta), device tags bulk replace [sdk, terraform-provider-netskope docs],
// and the v1 clients list [doc].
import { createHash } from "node:crypto";
import { IntegrationError } from "../errors";
import { parseWith, tryJson } from "../http-support";
import type { ClassificationRule, ClassificationTag, DeviceTagTarget, V1ClientDevice } from "../types";
import type { NetskopeContext } from "./context";
import { ClassificationRulePayload, ClassificationTagPayload, CreatedIdsPayload, listEnvelope, V1ClientsPayload } from "./schemas";
import type { CallOptions, WriteOptions } from "./token-sets";
import { toClassificationRule, toClassificationTag, toV1ClientDevice } from "./transform";

const TAGS = "deviceclassification/tags";
const RULES = "deviceclassification/rules";
const BULK_REPLACE = "devices/device/tags/bulkreplace";
/** At most 5 tags a device and 100 devices a call [sdk]. */
export const MAX_TAGS_PER_DEVICE = 5;
export const MAX_DEVICES_PER_CALL = 100;

/** GET /deviceclassification/tags. */
export async function listClassificationTags(ctx: NetskopeContext, options: CallOptions = {}): Promise<ClassificationTag[]> {
  const response = await ctx.http.request({ method: "GET", path: TAGS, endpoint: TAGS, signal: options.signal });
  return parseWith(listEnvelope(ClassificationTagPayload), tryJson(response.body), "netskope", TAGS).map(toClassificationTag);
}

/** POST /deviceclassification/tags `[{name, description}]` → the new ids. */
export async function createClassificationTags(ctx: NetskopeContext, tags: { name: string; description?: string }[], options: WriteOptions = {}): Promise<string[]> {
  const json = tags.map((tag) => ({ name: tag.name, description: tag.description ?? "" }));
  const response = await ctx.http.request({ method: "POST", path: TAGS, endpoint: TAGS, json, signal: options.signal, idempotencyKey: options.idempotencyKey });
  return parseWith(CreatedIdsPayload, tryJson(response.body) ?? {}, "netskope", TAGS);
}

/** GET /deviceclassification/rules. */
export async function listClassificationRules(ctx: NetskopeContext, options: CallOptions = {}): Promise<ClassificationRule[]> {
  const response = await ctx.http.request({ method: "GET", path: RULES, endpoint: RULES, signal: options.signal });
  return parseWith(listEnvelope(ClassificationRulePayload), tryJson(response.body), "netskope", RULES).map(toClassificationRule);
}

/** POST /deviceclassification/rules `[{name, label, os, conditions}]` → 201; ids when the body carries them [guess]. */
export async function createClassificationRules(ctx: NetskopeContext, rules: Omit<ClassificationRule, "id">[], options: WriteOptions = {}): Promise<string[]> {
  const json = rules.map((rule) => ({ name: rule.name, label: rule.label, os: rule.os, conditions: rule.conditions }));
  const response = await ctx.http.request({ method: "POST", path: RULES, endpoint: RULES, json, signal: options.signal, idempotencyKey: options.idempotencyKey });
  const body = tryJson(response.body);
  return body === undefined ? [] : parseWith(CreatedIdsPayload, body, "netskope", RULES);
}

/**
 * POST /devices/device/tags/bulkreplace, 100 devices a call [sdk]. A replace leaves the same state
 * when repeated, so each chunk is retried like an idempotent call; chunks run one after another.
 */
export async function replaceDeviceTags(ctx: NetskopeContext, input: { tagIds: string[]; devices: DeviceTagTarget[] }, options: CallOptions = {}): Promise<{ calls: number; devices: number }> {
  if (input.tagIds.length > MAX_TAGS_PER_DEVICE) throw new RangeError(`at most ${MAX_TAGS_PER_DEVICE} tags a device`);
  const tags = input.tagIds.map((id) => (/^\d+$/.test(id) ? Number(id) : id));
  let calls = 0;
  for (let start = 0; start < input.devices.length; start += MAX_DEVICES_PER_CALL) {
    const devices = input.devices.slice(start, start + MAX_DEVICES_PER_CALL).map((d) => ({ nsdeviceuid: d.nsdeviceuid, userkey: d.userkey, hostname: d.hostname }));
    const digest = createHash("sha256").update(JSON.stringify({ tags, devices })).digest("hex").slice(0, 32);
    await ctx.http.request({ method: "POST", path: BULK_REPLACE, endpoint: BULK_REPLACE, json: { tags, devices }, idempotent: true, idempotencyKey: `bulkreplace-${digest}`, signal: options.signal });
    calls++;
  }
  return { calls, devices: input.devices.length };
}

/** POST /api/v1/clients `{token, query, limit, skip}` (24 requests / 5 s [doc]); a read, so retried. */
export async function listV1Clients(ctx: NetskopeContext, input: { query?: string; pageSize?: number } = {}, options: CallOptions = {}): Promise<V1ClientDevice[]> {
  const endpoint = "clients";
  if (!ctx.v1) throw new IntegrationError({ code: "unauthorized", vendor: "netskope", endpoint, message: "netskope v1 clients: no v1 API token configured" });
  const limit = input.pageSize ?? 500;
  const out: V1ClientDevice[] = [];
  for (let skip = 0; ; skip += limit) {
    const response = await ctx.v1.http.request({ method: "POST", path: endpoint, endpoint, idempotent: true, json: { token: ctx.v1.token, query: input.query ?? "", limit, skip }, signal: options.signal });
    const page = parseWith(V1ClientsPayload, tryJson(response.body), "netskope", endpoint);
    out.push(...page.map(toV1ClientDevice));
    if (page.length < limit) return out;
  }
}
