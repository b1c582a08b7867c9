// "Test connection" for a Netskope tenant: one real, side-effect-free call per capability the
// product needs, reported as data for the settings page (issue 4, item 7).
import { observeRateLimit, report, runCheck, skippedCheck } from "../connection-test";
import { tryJson } from "../http-support";
import type { ConnectionCheck, ConnectionReport, RateLimitObservation } from "../types";
import type { NetskopeContext } from "./context";

const POLICY = "4 requests/s per endpoint (client side)";

/** Checks the API token and each endpoint scope the product uses; never writes. */
export async function testNetskopeConnection(ctx: NetskopeContext, options: { signal?: AbortSignal } = {}): Promise<ConnectionReport> {
  const checks: ConnectionCheck[] = [];
  const rateLimits: RateLimitObservation[] = [];
  const signal = options.signal;
  const probe = async (path: string, endpoint: string, query?: Record<string, string | number>, acceptStatus?: readonly number[]) => {
    const response = await ctx.http.request({ method: "GET", path, endpoint, query, signal, retry: { maxAttempts: 2 }, acceptStatus });
    rateLimits.push(observeRateLimit(endpoint, response, POLICY));
    return response;
  };

  // Listing token sets needs a read+write token [sdk], so success proves the write scope too.
  const tokensets = await runCheck({ id: "enrollment.tokenset.rw", kind: "permission", neededFor: "read, rotate and enforce enrollment tokens" }, async () => {
    const body = tryJson((await probe("enrollment/tokenset", "enrollment/tokenset")).body);
    return Array.isArray(body) ? `${body.length} token set(s) visible` : "token sets readable";
  });
  // A bad token fails every endpoint alike: report authentication from the first answer. Only an
  // answer proves the token was accepted: 403 (a scope missing) does, an outage or a timeout does not.
  const authFailed = tokensets.code === "unauthorized";
  const authUnknown = tokensets.status === "failed" && !authFailed && tokensets.code !== "forbidden";
  const authSpec = { id: "auth", kind: "auth" as const, neededFor: "every Netskope call" };
  checks.push(
    authFailed
      ? { ...authSpec, status: "failed", detail: tokensets.detail, code: "unauthorized", httpStatus: tokensets.httpStatus }
      : authUnknown
        ? skippedCheck(authSpec, `not verified: the first call got no usable answer (${tokensets.code ?? "error"})`)
        : { ...authSpec, status: "ok", detail: "API token accepted" },
  );
  checks.push(tokensets);
  if (authFailed) return report("netskope", ctx.http.clock, checks, rateLimits);

  const now = Math.floor(ctx.http.clock.now() / 1000);
  checks.push(
    await runCheck({ id: "events.clientstatus.read", kind: "permission", neededFor: "device client status (datasearch)" }, async () => {
      await probe("events/datasearch/clientstatus", "events/datasearch/clientstatus", { starttime: now - 3600, endtime: now, limit: 1, offset: 0 });
      return "client status readable";
    }),
  );
  checks.push(
    await runCheck({ id: "events.dataexport.read", kind: "permission", neededFor: "bulk client status export" }, async () => {
      // No side effect: ask for an iterator that cannot exist. 404 means the scope let us in [guess: the gateway checks scope before lookup].
      // The 404 is the expected answer: accepted, so it is not logged as a failed vendor call.
      await probe("events/dataexport/iterator/eh-connection-test-probe", "events/dataexport/iterator/{name}", undefined, [404]);
      return "data export reachable";
    }),
  );
  checks.push(
    await runCheck({ id: "deviceclassification.read", kind: "permission", neededFor: "token-present classification rule and tags" }, async () => {
      await probe("deviceclassification/tags", "deviceclassification/tags");
      return "classification tags readable";
    }),
  );
  checks.push(skippedCheck({ id: "devices.tags.write", kind: "permission", neededFor: "tagging devices that lack the token" }, "write scope cannot be verified without changing device tags"));
  if (ctx.v1) {
    checks.push(
      await runCheck({ id: "v1.clients.read", kind: "endpoint", neededFor: "device users on older tenants (v1)" }, async () => {
        await ctx.v1?.http.request({ method: "POST", path: "clients", endpoint: "clients", idempotent: true, json: { token: ctx.v1.token, query: "", limit: 1, skip: 0 }, signal, retry: { maxAttempts: 2 } });
        return "v1 clients readable";
      }),
    );
  }
  const observed = rateLimits.find((item) => item.limit !== null);
  checks.push({
    id: "rate-limit",
    kind: "rate-limit",
    neededFor: "pacing syncs",
    status: "ok",
    detail: observed ? `RateLimit-Limit ${observed.limit}, remaining ${observed.remaining ?? "?"}, reset ${observed.resetSeconds ?? "?"} s` : "no RateLimit-* headers seen; client-side limit applies",
  });
  return report("netskope", ctx.http.clock, checks, rateLimits);
}
