// "Test connection" for a Jamf Pro API client: the OAuth token, then one read per area the product uses.
// Jamf has no read-only way to check the Update privileges, so writes are reported as unverified.
import { report, runCheck, skippedCheck } from "../connection-test";
import type { ConnectionCheck, ConnectionReport } from "../types";
import type { JamfContext } from "./context";

export async function testJamfConnection(ctx: JamfContext, options: { signal?: AbortSignal } = {}): Promise<ConnectionReport> {
  const signal = options.signal;
  const checks: ConnectionCheck[] = [];
  const auth = await runCheck({ id: "auth", kind: "auth", neededFor: "every Jamf call" }, async () => {
    await ctx.getToken(true, signal);
    return "API client credentials accepted";
  });
  checks.push(auth);
  if (auth.status === "failed") return report("jamf", ctx.http.clock, checks, []);
  const read = (id: string, neededFor: string, path: string, query: Record<string, string>, accept?: string) =>
    runCheck({ id, kind: "permission", neededFor }, async () => {
      await ctx.http.request({ method: "GET", path, endpoint: path, query, accept, signal, retry: { maxAttempts: 2 } });
      return `${path} readable`;
    });
  checks.push(await read("scripts.read", "find scripts that carry the token (Read Scripts)", "api/v1/scripts", { page: "0", "page-size": "1" }));
  checks.push(await read("policies.read", "read policy script parameters (Read Policies)", "JSSResource/policies", {}, "application/xml"));
  checks.push(await read("computers.read", "computer inventory (Read Computers)", "api/v2/computers-inventory", { section: "GENERAL", page: "0", "page-size": "1" }));
  checks.push(skippedCheck({ id: "policies.write", kind: "permission", neededFor: "put the token into policy parameters (Update Policies)" }, "cannot be verified without changing a policy"));
  checks.push(skippedCheck({ id: "scripts.write", kind: "permission", neededFor: "create the nsdiag script (Create/Update Scripts)" }, "cannot be verified without changing a script"));
  checks.push({ id: "rate-limit", kind: "rate-limit", neededFor: "pacing calls", status: "ok", detail: "Jamf has no rate limit; the client keeps at most 5 concurrent connections as Jamf recommends" });
  return report("jamf", ctx.http.clock, checks, [{ endpoint: "*", limit: null, remaining: null, resetSeconds: null, clientPolicy: "at most 5 concurrent connections" }]);
}
