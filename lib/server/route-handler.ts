import "server-only";
// The one way to write a JSON route handler: the same authorization as server actions (a session,
// or an API key where the route accepts one), CSRF protection for cookie-authenticated requests that
// change something, a tenant in the path checked before the handler runs (404 when not visible),
// and errors as JSON `{ error: { code, message } }` that leak nothing. Registered for the
// authorization test, like actions.
import { NextResponse } from "next/server";
import { atLeast, type Role } from "@/lib/auth/roles";
import { queryHasNul } from "@/lib/security/nul-url";
import { checkSameOrigin } from "@/lib/security/same-origin";
import type { ServiceContext } from "@/lib/server/context";
import { requiredEnv } from "@/lib/server/env";
import { toPublicError } from "@/lib/server/error-shape";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/server/errors";
import { apiKeyContext, requestFacts, sessionContext } from "@/lib/server/session";
import { getTenantOrThrow } from "@/lib/services/scope";

export interface RouteMeta {
  /** `<METHOD> <path>`, e.g. "GET /api/v1/tenants/[tenantId]" */
  name: string;
  /** null: a deliberately public endpoint (publicRoute), which never acts for anyone */
  role: Role | null;
  /** "session": people only (the dashboard's own endpoints); "session-or-api-key": the JSON API */
  accepts: "session" | "session-or-api-key";
  /** the dynamic path segment holding a tenant id, checked before the handler runs */
  tenantParam?: string;
}

type Params = Record<string, string | string[] | undefined>;
type Handler<P extends Params> = (args: { req: Request; ctx: ServiceContext; params: P }) => Promise<Response>;

const registry = new Map<unknown, RouteMeta>();

/** What a route handler was declared with (tests enumerate route handlers through this). */
export function routeMeta(fn: unknown): RouteMeta | undefined {
  return registry.get(fn);
}

async function callerContext(req: Request, meta: RouteMeta): Promise<ServiceContext> {
  if (meta.accepts === "session-or-api-key") {
    const key = await apiKeyContext(req.headers);
    if (key.kind === "invalid-key") throw new UnauthorizedError("Invalid, expired or revoked API key");
    if (key.kind === "api-key") return key.ctx;
  }
  const session = await sessionContext(req.headers);
  if (!session) throw new UnauthorizedError();
  const verdict = checkSameOrigin({
    method: req.method,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    allowedOrigins: [requiredEnv().APP_URL, new URL(req.url).origin],
  });
  if (!verdict.ok) throw new ForbiddenError("Cross-site request refused", "csrf");
  return session.ctx;
}

/** Wraps a route handler in the authorization layer. */
export function apiRoute<P extends Params = Params>(meta: RouteMeta & { role: Role }, handler: Handler<P>) {
  const fn = async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const { requestId } = requestFacts(req.headers);
    try {
      // A query that decodes to a NUL character would fail as a 500 wherever it reaches PostgreSQL: refused first.
      if (queryHasNul(req.url)) throw new ValidationError("The address contains a NUL character");
      const ctx = await callerContext(req, meta);
      if (!meta.role || !atLeast(ctx.actor.role, meta.role)) throw new ForbiddenError();
      const params = ((await context?.params) ?? {}) as P;
      // PostgreSQL text cannot hold U+0000 (a path's %00): such an id names nothing, rather than failing the query with a 500.
      if (Object.values(params).some((v) => (Array.isArray(v) ? v : [v]).some((s) => typeof s === "string" && s.includes("\u0000")))) throw new NotFoundError();
      if (meta.tenantParam) {
        const id = params[meta.tenantParam];
        await getTenantOrThrow(ctx, typeof id === "string" ? id : "", meta.role);
      }
      return await handler({ req, ctx, params });
    } catch (e) {
      const { error, status } = toPublicError(e, { name: meta.name, requestId });
      const headers: Record<string, string> = { "Cache-Control": "no-store" };
      if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="enrollment-health"';
      return NextResponse.json({ error }, { status, headers });
    }
  };
  registry.set(fn, meta);
  return fn;
}

/**
 * Marks a route handler as deliberately public: it gets no ServiceContext, so it can read or change
 * nothing that belongs to anyone (health checks, Better Auth's own endpoints, stateless calculators).
 */
export function publicRoute<P extends Params = Params>(meta: { name: string }, handler: (req: Request, context: { params: Promise<P> }) => Promise<Response> | Response) {
  const fn = async (req: Request, context: { params: Promise<P> }) => handler(req, context);
  registry.set(fn, { name: meta.name, role: null, accepts: "session" });
  return fn;
}
