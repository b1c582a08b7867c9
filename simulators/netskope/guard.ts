// Netskope API v2 gatekeeping in the simulator: the tenant, the API token and its endpoint scope
// (401 / 403), and the rate limit (RateLimit-* headers on every answer, 429 + Retry-After over it) [doc].
// Error bodies use Netskope's `{"status":"error","message"}` envelope [sdk]; exact texts are [guess].
import { json, type Handler, type SimRequest, type SimResponse } from "../router";
import type { SimState, TenantState } from "../state";

export type NetskopeHandler = (req: SimRequest, state: SimState, tenant: TenantState) => SimResponse | Promise<SimResponse>;

export function netskopeError(status: number, message: string, headers: Record<string, string> = {}): SimResponse {
  return json(status, { status: "error", message }, headers);
}

function presentedToken(req: SimRequest): string | undefined {
  const header = req.headers["netskope-api-token"];
  if (typeof header === "string" && header) return header;
  const auth = req.headers.authorization;
  return typeof auth === "string" ? /^Bearer\s+(\S+)$/i.exec(auth)?.[1] : undefined;
}

/** Sliding one-second window per token and endpoint, like the data-export limit [doc]. */
function rateLimit(tenant: TenantState, key: string): { ok: boolean; headers: Record<string, string> } {
  const now = Date.now();
  const limit = tenant.rateLimitPerSecond;
  const starts = (tenant.rate.get(key) ?? []).filter((at) => at > now - 1000);
  const ok = starts.length < limit;
  if (ok) starts.push(now);
  tenant.rate.set(key, starts);
  const resetSec = Math.max(1, Math.ceil(((starts[0] ?? now) + 1000 - now) / 1000));
  return { ok, headers: { "ratelimit-limit": String(limit), "ratelimit-remaining": String(Math.max(0, limit - starts.length)), "ratelimit-reset": String(resetSec) } };
}

/**
 * Wraps a handler: `scope` is the endpoint group a token must hold, `access` the level
 * ("rw" for writes, and for listing token sets, which Netskope declares read+write [sdk]).
 */
export function netskopeRoute(scope: string, access: "r" | "rw", endpoint: string, handler: NetskopeHandler): Handler {
  return async (req, state) => {
    const tenant = state.netskope.get(req.params.slug ?? "");
    if (!tenant) return netskopeError(404, "tenant not found");
    const token = presentedToken(req);
    const apiToken = tenant.apiTokens.find((candidate) => candidate.token === token);
    if (!apiToken) return netskopeError(401, "Unauthorized: invalid or missing API token");
    const granted = apiToken.scopes[scope] ?? apiToken.scopes["*"];
    if (!granted || (access === "rw" && granted !== "rw")) return netskopeError(403, `Forbidden: the API token has no ${access === "rw" ? "read+write" : "read"} access to ${endpoint}`);
    const limit = rateLimit(tenant, `${apiToken.token}|${req.method} ${endpoint}`);
    if (!limit.ok) return json(429, { message: "API rate limit exceeded" }, { ...limit.headers, "retry-after": limit.headers["ratelimit-reset"] ?? "1" });
    const response = await handler(req, state, tenant);
    return { ...response, headers: { ...limit.headers, ...response.headers } };
  };
}

/** The v1 API's own rate limit: 24 requests per 5 s per tenant [doc]. */
export function v1RateLimit(tenant: TenantState): boolean {
  const now = Date.now();
  const starts = (tenant.rate.get("v1") ?? []).filter((at) => at > now - 5000);
  const ok = starts.length < 24;
  if (ok) starts.push(now);
  tenant.rate.set("v1", starts);
  return ok;
}
