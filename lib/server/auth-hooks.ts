import "server-only";
// Better Auth's hooks, where our rules meet its endpoints: a locked or disabled account is refused
// before its password is checked; failed password attempts count towards lockout; every session is
// created only after its sign-in event is in the audit log (fail closed); the user's saved language
// becomes the locale cookie at sign-in.
import { randomUUID } from "node:crypto";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locale";
import { db } from "@/lib/server/db";
import { clientIp } from "@/lib/server/client-ip";
import { requiredEnv } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import { checkPasswordSignIn, recordFailedSignIn, recordFailedSso, recordSignIn, recordSignOut, recordSsoUserCreated, type AuthRequest, type SignInMethod } from "@/lib/services/auth/sign-in";

type Headerish = Headers | undefined | null;

/** The request facts an audit event needs, from whatever Better Auth hands a hook. */
function authRequest(headers: Headerish): AuthRequest {
  const h = headers ?? new Headers();
  return { db: db(), requestId: h.get("x-request-id") ?? randomUUID(), sourceIp: clientIp(h) };
}

function signInMethod(path: string | undefined, params: Record<string, string> | undefined): SignInMethod | null {
  if (path === "/sign-in/email") return "password";
  if (path === "/callback/:id" && params?.id) return `sso:${params.id}`;
  return null;
}

const YEAR = 60 * 60 * 24 * 365;

/** Before an endpoint: refuses locked and disabled accounts before their password is checked; notes sign-outs. */
export const authBeforeHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") {
    const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
    const verdict = await checkPasswordSignIn({ ctx: authRequest(ctx.headers), email });
    if (verdict.allowed) return;
    // A disabled account looks like a wrong password: nothing tells a stranger it exists.
    if (verdict.reason === "disabled") throw new APIError("UNAUTHORIZED", { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    throw new APIError("FORBIDDEN", { code: "ACCOUNT_LOCKED", message: "Too many failed sign-ins: this account is locked for a while" });
  }
  if (ctx.path === "/sign-out") {
    const session = await getSessionFromCtx(ctx).catch(() => null);
    // Best effort: a sign-out must never be refused because its event could not be written.
    if (session) await recordSignOut({ ctx: authRequest(ctx.headers), userId: session.user.id }).catch((e) => logger.error({ err: e }, "could not audit a sign-out"));
  }
});

/** After an endpoint: counts failed passwords towards lockout, audits failed SSO, sets the saved language. */
export const authAfterHook = createAuthMiddleware(async (ctx) => {
  const method = signInMethod(ctx.path, ctx.params as Record<string, string> | undefined);
  if (!method) return;
  const created = ctx.context.newSession;
  if (created) {
    const locale = (created.user as { locale?: unknown }).locale;
    if (isLocale(locale)) ctx.setCookie(LOCALE_COOKIE, locale, { maxAge: YEAR, path: "/", sameSite: "lax", httpOnly: true });
    return;
  }
  const returned = ctx.context.returned;
  if (method === "password") {
    if (isAPIError(returned) && returned.body?.code === "INVALID_EMAIL_OR_PASSWORD") {
      const e = requiredEnv();
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
      await recordFailedSignIn({ ctx: authRequest(ctx.headers), email, policy: { maxFailures: e.AUTH_MAX_FAILED_LOGINS, lockMinutes: e.AUTH_LOCKOUT_MINUTES } });
    }
    return;
  }
  // The SSO callback answers with a redirect either way; a failure carries ?error=<code>.
  const location = isAPIError(returned) ? new Headers(returned.headers ?? undefined).get("location") : null;
  const reason = location ? new URL(location, "http://x.invalid").searchParams.get("error") : null;
  if (reason) await recordFailedSso({ ctx: authRequest(ctx.headers), providerId: method.slice(4), reason });
});

/** Runs before Better Auth stores a new session: audit the sign-in, refuse disabled accounts. */
export async function sessionCreateGuard(session: { userId: string }, ctx: { path?: string; params?: unknown; headers?: Headers } | null): Promise<boolean> {
  const method = signInMethod(ctx?.path, ctx?.params as Record<string, string> | undefined) ?? "password";
  const { allowed } = await recordSignIn({ ctx: authRequest(ctx?.headers), userId: session.userId, method });
  return allowed;
}

/** Runs after Better Auth created a user: only single sign-on creates users (sign-up is off). */
export async function ssoUserCreated(user: { id: string; email: string }, ctx: { path?: string; params?: unknown; headers?: Headers } | null): Promise<void> {
  const method = signInMethod(ctx?.path, ctx?.params as Record<string, string> | undefined);
  if (!method?.startsWith("sso:")) return;
  await recordSsoUserCreated({ ctx: authRequest(ctx?.headers), userId: user.id, email: user.email, providerId: method.slice(4) });
}
