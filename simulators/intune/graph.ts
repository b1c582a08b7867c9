// Microsoft Graph gatekeeping and conventions in the simulator: bearer tokens issued by login.ts
// (401 InvalidAuthenticationToken), application permissions (403 Forbidden), the Intune write limit
// (200 per 20 s per app, 429 + Retry-After [doc]), and `$top` / `$skiptoken` / `@odata.nextLink` paging.
import { bearerOf, json, type Handler, type SimRequest, type SimResponse } from "../router";
import type { IntuneState, IssuedToken, SimState } from "../state";

export type GraphHandler = (req: SimRequest, state: SimState, tenant: IntuneState, token: IssuedToken) => SimResponse | Promise<SimResponse>;

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): SimResponse {
  return json(status, { error: { code, message, innerError: { date: new Date().toISOString(), "request-id": "sim", "client-request-id": "sim" } } }, headers);
}

function findToken(state: SimState, token: string | undefined): { tenant: IntuneState; issued: IssuedToken } | undefined {
  if (!token) return undefined;
  for (const tenant of state.intune.values()) {
    const issued = tenant.tokens.get(token);
    if (issued) return { tenant, issued };
  }
  return undefined;
}

/** Wraps a Graph handler: any of `roles` grants access; `write` counts against the Intune write limit. */
export function graphRoute(roles: string[], write: boolean, handler: GraphHandler): Handler {
  return (req, state) => {
    const found = findToken(state, bearerOf(req));
    if (!found || found.issued.expiresAt <= state.now()) return graphError(401, "InvalidAuthenticationToken", "Access token is empty, invalid or has expired.");
    if (!roles.some((role) => found.issued.roles.includes(role))) {
      return graphError(403, "Forbidden", `Application is not authorized to perform this operation. Application must have one of the following scopes: ${roles.join(", ")}`);
    }
    if (write) {
      const now = Date.now();
      found.tenant.writes = found.tenant.writes.filter((at) => at > now - 20_000);
      if (found.tenant.writes.length >= 200) return graphError(429, "TooManyRequests", "Too many requests.", { "retry-after": String(Math.ceil(((found.tenant.writes[0] ?? now) + 20_000 - now) / 1000)) });
      found.tenant.writes.push(now);
    }
    return handler(req, state, found.tenant, found.issued);
  };
}

/** One page of `items` for `$top`/`$skiptoken`, with `@odata.nextLink` while more remain. */
export function graphPage(req: SimRequest, items: unknown[], pageSize: number, context: string): SimResponse {
  const top = Math.max(1, Math.min(pageSize, Number(req.query.get("$top") ?? pageSize) || pageSize));
  const skip = Math.max(0, Number(req.query.get("$skiptoken") ?? "0") || 0);
  const value = items.slice(skip, skip + top);
  const body: Record<string, unknown> = { "@odata.context": `${req.origin}/graph/${context}`, value };
  if (skip + top < items.length) {
    const next = new URLSearchParams(req.query);
    next.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = `${req.origin}${req.path}?${next.toString()}`;
  }
  return json(200, body);
}
