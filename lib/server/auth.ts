import "server-only";
// Sign-in: Better Auth on the app's own Prisma client (on the embedded PGlite everything must share
// its single connection, STACK.md). Email and password for local accounts, OpenID Connect single
// sign-on when OIDC_* is set, sessions in PostgreSQL, rate limiting per client address, lockout per
// account and an audit event for every attempt (lib/server/auth-hooks.ts).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { authAfterHook, authBeforeHook, sessionCreateGuard, ssoUserCreated } from "@/lib/server/auth-hooks";
import { db } from "@/lib/server/db";
import { authSecret, requiredEnv } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";

/** The provider id of the configured OpenID Connect issuer (callback: /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";

const SESSION_HOURS = 12;

// http://localhost:3000 and http://127.0.0.1:3000 are the same machine; a demo opened either way works.
function loopbackAliases(origin: string): string[] {
  const u = new URL(origin);
  if (u.hostname !== "localhost" && u.hostname !== "127.0.0.1") return [];
  return ["localhost", "127.0.0.1"].filter((h) => h !== u.hostname).map((h) => `${u.protocol}//${h}${u.port ? `:${u.port}` : ""}`);
}

function createAuth() {
  const e = requiredEnv();
  const appOrigin = new URL(e.APP_URL).origin;
  const oidc = e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET;
  return betterAuth({
    appName: "Enrollment Health",
    baseURL: e.APP_URL,
    basePath: "/api/auth",
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: "postgresql", transaction: false }),
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message) => (level === "error" ? logger.error : logger.warn)({ component: "auth" }, message),
    },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "VIEWER" },
        locale: { type: "string", input: false, required: false },
        disabledAt: { type: "date", input: false, required: false },
      },
    },
    // A fixed lifetime, not sliding: dashboard pages read the session on the server and cannot renew
    // its cookie, so a sliding database expiry would only disagree with the browser's. No cookie cache
    // either: sessionContext (lib/server/session.ts) reads sessions without Better Auth's get-session
    // endpoint on that assumption; change this only together with it (session.int.test.ts).
    session: { expiresIn: SESSION_HOURS * 3600, disableSessionRefresh: true },
    account: { accountLinking: { enabled: true, trustedProviders: [OIDC_PROVIDER_ID] }, encryptOAuthTokens: true },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/*": { window: 60, max: e.AUTH_RATE_LIMIT_PER_MINUTE } },
    },
    trustedOrigins: [appOrigin, ...loopbackAliases(appOrigin)],
    advanced: {
      // Explicit, so tests (NODE_ENV=test, where Better Auth would skip them) check what production does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      cookiePrefix: "eh",
      useSecureCookies: appOrigin.startsWith("https:"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: e.TRUSTED_PROXIES },
    },
    // SSO errors come back to the sign-in page (?error=<code>), which explains them in the user's language.
    onAPIError: { errorURL: "/sign-in" },
    plugins: oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: OIDC_PROVIDER_ID,
                name: e.OIDC_NAME,
                discoveryUrl: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
                clientId: e.OIDC_CLIENT_ID!,
                clientSecret: e.OIDC_CLIENT_SECRET!,
                scopes: ["openid", "email", "profile"],
                pkce: true,
                // Never accept an unsigned or unverifiable ID token, even when discovery is down.
                requireIdTokenVerification: true,
              },
            ],
          }),
        ]
      : [],
    hooks: { before: authBeforeHook, after: authAfterHook },
    databaseHooks: {
      session: { create: { before: sessionCreateGuard } },
      user: { create: { after: ssoUserCreated } },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Created on first use, not at import: `next build` imports route modules without a database.
const holder = globalThis as unknown as { __ehAuth?: Auth };

/** The process-wide Better Auth instance. */
export function auth(): Auth {
  return (holder.__ehAuth ??= createAuth());
}

/** Whether single sign-on is configured, and its button label. */
export function ssoConfig(): { enabled: boolean; name: string; providerId: string } {
  const e = requiredEnv();
  return { enabled: Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), name: e.OIDC_NAME, providerId: OIDC_PROVIDER_ID };
}
