// Where the e2e tests' OpenID Connect provider listens and the client the app is registered as.
// Beside the app's port by default, so suites in two checkouts (E2E_PORT=3300 …) do not collide.
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "enrollment-health-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-not-for-production";
export const OIDC_NAME = "Test IdP";
