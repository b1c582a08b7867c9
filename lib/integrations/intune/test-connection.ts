// "Test connection" for an Intune (Graph) app registration: the token, then one read per area,
// and the write permissions read from the token's `roles` claim (Graph application tokens are JWTs
// carrying the granted application permissions [doc]; if a token is not a JWT, writes are reported
// as unverified rather than guessed).
import { report, runCheck, skippedCheck } from "../connection-test";
import type { ConnectionCheck, ConnectionReport } from "../types";
import type { IntuneContext } from "./context";

const APPS_WRITE = ["DeviceManagementApps.ReadWrite.All"];
const SCRIPTS_WRITE = ["DeviceManagementConfiguration.ReadWrite.All", "DeviceManagementScripts.ReadWrite.All"];
const DEVICES_READ = ["DeviceManagementManagedDevices.Read.All", "DeviceManagementManagedDevices.ReadWrite.All"];

/** The `roles` claim of a JWT access token, or null when the token is opaque. Read only, never trusted for access. */
export function rolesOf(accessToken: string): string[] | null {
  const payload = accessToken.split(".")[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { roles?: unknown };
    return Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === "string") : [];
  } catch {
    return null;
  }
}

function roleCheck(id: string, neededFor: string, roles: string[] | null, anyOf: string[]): ConnectionCheck {
  const spec = { id, kind: "permission" as const, neededFor };
  if (roles === null) return skippedCheck(spec, `cannot read granted permissions; needs one of ${anyOf.join(", ")}`);
  const granted = anyOf.find((role) => roles.includes(role));
  return granted
    ? { ...spec, status: "ok", detail: `${granted} granted` }
    : { ...spec, status: "failed", code: "forbidden", detail: `missing application permission: one of ${anyOf.join(", ")}` };
}

export async function testIntuneConnection(ctx: IntuneContext, options: { signal?: AbortSignal } = {}): Promise<ConnectionReport> {
  const signal = options.signal;
  const checks: ConnectionCheck[] = [];
  let roles: string[] | null = null;
  const auth = await runCheck({ id: "auth", kind: "auth", neededFor: "every Graph call" }, async () => {
    roles = rolesOf(await ctx.tokens.getToken(false, signal));
    return roles === null ? "token issued" : `token issued with ${roles.length} application permission(s)`;
  });
  checks.push(auth);
  if (auth.status === "failed") return report("intune", ctx.graph.clock, checks, []);

  const read = (id: string, neededFor: string, path: string, query: Record<string, string>) =>
    runCheck({ id, kind: "permission", neededFor }, async () => {
      await ctx.graph.request({ method: "GET", path, endpoint: path, query: { ...query, $top: "1" }, signal, retry: { maxAttempts: 2 } });
      return `${path} readable`;
    });
  checks.push(await read("apps.read", "read Win32 app install commands", "v1.0/deviceAppManagement/mobileApps", { $filter: "isof('microsoft.graph.win32LobApp')" }));
  checks.push(roleCheck("apps.write", "put the token into Win32 install commands", roles, APPS_WRITE));
  checks.push(await read("scripts.windows.read", "nsdiag push to Windows devices", "beta/deviceManagement/deviceManagementScripts", {}));
  checks.push(await read("scripts.macos.read", "nsdiag push to macOS devices", "beta/deviceManagement/deviceShellScripts", {}));
  checks.push(roleCheck("scripts.write", "create and assign nsdiag scripts", roles, SCRIPTS_WRITE));
  checks.push(await read("devices.read", "managed device inventory", "v1.0/deviceManagement/managedDevices", { $select: "id" }));
  if (roles !== null) checks.push(roleCheck("devices.role", "managed device inventory", roles, DEVICES_READ));
  checks.push({
    id: "rate-limit",
    kind: "rate-limit",
    neededFor: "pacing writes",
    status: "ok",
    detail: "Graph throttles with 429 + Retry-After (no quota headers); the client pauses all calls on Retry-After and caps Intune writes at 200 per 20 s",
  });
  return report("intune", ctx.graph.clock, checks, [
    { endpoint: "graph", limit: null, remaining: null, resetSeconds: null, clientPolicy: "Retry-After honoured service-wide; writes <= 200 / 20 s" },
  ]);
}
