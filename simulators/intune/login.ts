// The Entra ID endpoints MSAL uses for client credentials, served over TLS only (MSAL refuses http
// authorities): OIDC discovery and the v2.0 token endpoint. Error bodies follow Entra's
// `{error, error_description: "AADSTS...", error_codes}` shape [doc].
import { createHmac, randomBytes } from "node:crypto";
import { json, type Router } from "../router";
import type { IntuneState } from "../state";

const SIGNING_KEY = randomBytes(32);

function entraError(status: number, error: string, code: number, description: string) {
  return json(status, { error, error_description: `AADSTS${code}: ${description}`, error_codes: [code], timestamp: new Date().toISOString(), trace_id: "sim", correlation_id: "sim" });
}

/** An HS256 JWT with Graph's usual claims, `roles` carrying the granted application permissions. */
function accessToken(tenant: IntuneState, clientId: string, roles: string[], now: number, lifetimeSec: number): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const seconds = Math.floor(now / 1000);
  const header = encode({ typ: "JWT", alg: "HS256" });
  const payload = encode({ aud: "https://graph.microsoft.com", iss: `https://sts.windows.net/${tenant.tenantId}/`, tid: tenant.tenantId, appid: clientId, roles, iat: seconds, nbf: seconds, exp: seconds + lifetimeSec, jti: randomBytes(8).toString("hex") });
  const signature = createHmac("sha256", SIGNING_KEY).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

export function registerLoginRoutes(router: Router): void {
  router.add(
    "GET",
    "/:tenant/v2.0/.well-known/openid-configuration",
    (req, state) => {
      const tenant = state.intune.get((req.params.tenant ?? "").toLowerCase());
      if (!tenant) return entraError(400, "invalid_tenant", 90002, `Tenant '${req.params.tenant}' not found.`);
      const base = `${req.origin}/${tenant.tenantId}`;
      return json(200, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        // MSAL checks that the issuer has the authority's scheme and host.
        issuer: `${base}/v2.0`,
        token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
      });
    },
    { secureOnly: true },
  );

  router.add(
    "POST",
    "/:tenant/oauth2/v2.0/token",
    (req, state) => {
      const tenant = state.intune.get((req.params.tenant ?? "").toLowerCase());
      if (!tenant) return entraError(400, "invalid_request", 90002, `Tenant '${req.params.tenant}' not found.`);
      const form = new URLSearchParams(req.body);
      if (form.get("grant_type") !== "client_credentials") return entraError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
      const scope = form.get("scope") ?? "";
      if (!scope.split(" ").includes("https://graph.microsoft.com/.default")) return entraError(400, "invalid_scope", 1002012, "The provided value for scope is not valid; client credential flows must use a scope with /.default.");
      const app = tenant.apps.find((candidate) => candidate.clientId === form.get("client_id"));
      if (!app) return entraError(400, "unauthorized_client", 700016, `Application with identifier '${form.get("client_id") ?? ""}' was not found in the directory.`);
      if (form.get("client_secret") !== app.clientSecret) return entraError(401, "invalid_client", 7000215, "Invalid client secret provided.");
      const lifetime = 3599;
      const token = accessToken(tenant, app.clientId, app.roles, state.now(), lifetime);
      tenant.tokens.set(token, { owner: tenant.tenantId, clientId: app.clientId, roles: app.roles, expiresAt: state.now() + lifetime * 1000 });
      return json(200, { token_type: "Bearer", expires_in: lifetime, ext_expires_in: lifetime, access_token: token });
    },
    { secureOnly: true },
  );
}
