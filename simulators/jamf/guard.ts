// Jamf Pro OAuth client credentials (POST /api/oauth/token [doc]) and the bearer/privilege checks of
// both APIs: the Jamf Pro API answers JSON `{httpStatus, errors:[{code, description}]}`, the Classic
// API answers HTML error pages.
import { randomBytes } from "node:crypto";
import { bearerOf, json, text, type Handler, type Router, type SimRequest, type SimResponse } from "../router";
import type { IssuedToken, JamfState, SimState } from "../state";

export type JamfHandler = (req: SimRequest, state: SimState, instance: JamfState) => SimResponse | Promise<SimResponse>;

export function jamfError(status: number, code: string, description: string): SimResponse {
  return json(status, { httpStatus: status, errors: [{ code, description, id: "0", field: null }] });
}

function classicError(status: number, title: string, detail: string): SimResponse {
  return text(status, `<html><head><title>Status page</title></head><body><p>${title}</p><p>${detail}</p></body></html>`, "text/html;charset=UTF-8");
}

function authorize(req: SimRequest, state: SimState, instance: JamfState): IssuedToken | undefined {
  const issued = instance.tokens.get(bearerOf(req) ?? "");
  return issued && issued.expiresAt > state.now() ? issued : undefined;
}

/** Wraps a handler with the token check and the Jamf privilege it needs ("Read Scripts", "Update Policies", ...). */
export function jamfRoute(privilege: string, classic: boolean, handler: JamfHandler): Handler {
  return (req, state) => {
    const instance = state.jamf.get(req.params.instance ?? "");
    if (!instance) return jamfError(404, "NOT_FOUND", "unknown Jamf instance");
    const issued = authorize(req, state, instance);
    if (!issued) return classic ? classicError(401, "Unauthorized", "The request requires user authentication") : jamfError(401, "INVALID_TOKEN", "Unauthorized");
    if (!issued.roles.includes(privilege)) return classic ? classicError(403, "Forbidden", "You do not have access to this resource") : jamfError(403, "INVALID_PRIVILEGE", "Forbidden");
    return handler(req, state, instance);
  };
}

export const ALL_PRIVILEGES = ["Read Scripts", "Create Scripts", "Update Scripts", "Delete Scripts", "Read Policies", "Update Policies", "Read Computers"];

export function registerJamfAuthRoutes(router: Router): void {
  router.add("POST", "/jamf/:instance/api/oauth/token", (req, state) => {
    const instance = state.jamf.get(req.params.instance ?? "");
    if (!instance) return jamfError(404, "NOT_FOUND", "unknown Jamf instance");
    const form = new URLSearchParams(req.body);
    if (form.get("grant_type") !== "client_credentials") return json(400, { error: "unsupported_grant_type" });
    const client = instance.clients.find((candidate) => candidate.clientId === form.get("client_id"));
    if (!client || client.clientSecret !== form.get("client_secret")) return json(401, { error: "invalid_client" });
    const token = randomBytes(24).toString("base64url");
    instance.tokens.set(token, { owner: instance.name, clientId: client.clientId, roles: client.privileges ?? ALL_PRIVILEGES, expiresAt: state.now() + instance.tokenLifetimeSec * 1000 });
    return json(200, { access_token: token, scope: "api-role:1", token_type: "Bearer", expires_in: instance.tokenLifetimeSec });
  });
}
