import "server-only";
// From a request to the ServiceContext that acts for it: a signed-in person (session cookie) or an
// API key (`Authorization: Bearer ehk_…`, route handlers only). Disabled people have no context.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-call";
import { apiKeyFromAuthorization } from "@/lib/auth/api-key-token";
import { isRole } from "@/lib/auth/roles";
import { auth } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/client-ip";
import type { ServiceContext } from "@/lib/server/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { readRows } from "@/lib/server/sql";
import { authenticateApiKey } from "@/lib/services/api-keys/authenticate";

export interface RequestFacts {
  requestId: string;
  sourceIp?: string;
}

/** The request id proxy.ts assigned, and the client's address (X-Forwarded-For, trusted proxies honoured). */
export function requestFacts(headers: Headers): RequestFacts {
  return { requestId: headers.get("x-request-id") ?? randomUUID(), sourceIp: clientIp(headers) ?? undefined };
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: string | null;
}

/**
 * The session token of the request's signed session cookie, or null when absent or not signed by us.
 * The cookie is Better Auth's (`<token>.<base64 HMAC-SHA256 of token>`), read the way its own
 * get-session endpoint reads it (better-call's cookie parser and checks), with node:crypto instead of
 * an async WebCrypto round trip.
 */
export function verifiedSessionToken(headers: Headers, cookieName: string, secret: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  const value = parseCookies(header).get(cookieName);
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

interface SessionRow {
  expiresAt: Date;
  id: string;
  name: string;
  email: string;
  role: string;
  locale: string | null;
  disabledAt: Date | null;
}

/**
 * The signed-in session's person, or null: what Better Auth's getSession answers for this app's
 * configuration (no cookie cache, no sliding refresh: lib/server/auth.ts), without its endpoint
 * pipeline, which cost ~2.6 ms of every page (issue 6), and reading the session and its user in one
 * query where Better Auth's adapter takes two round trips (session.int.test.ts holds the two to the
 * same answers).
 */
async function findSignedInUser(headers: Headers) {
  const context = await auth().$context;
  const token = verifiedSessionToken(headers, context.authCookies.sessionToken.name, context.secret);
  if (!token) return null;
  // Prisma would read a relation in a second query: one join instead (on the pool: lib/server/sql.ts).
  const [found] = await readRows<SessionRow>(db(), Prisma.sql`
    SELECT s."expiresAt", u.id, u.name, u.email, u.role::text AS role, u.locale, u.disabled_at AS "disabledAt"
    FROM "session" s JOIN "user" u ON u.id = s."userId"
    WHERE s.token = ${token}`);
  if (!found) return null;
  if (found.expiresAt.getTime() < Date.now()) {
    // Better Auth removes an expired session when it meets one; so do we (its cookie expires on its own).
    await context.internalAdapter.deleteSession(token).catch(() => {});
    return null;
  }
  return found;
}

/** The signed-in person's context (and who they are, for the page frame), or null. */
export async function sessionContext(headers: Headers): Promise<{ ctx: ServiceContext; user: SessionUser } | null> {
  const u = await findSignedInUser(headers);
  if (!u || u.disabledAt || !isRole(u.role)) return null;
  return {
    ctx: { actor: { type: "user", id: u.id, label: u.email, role: u.role }, db: db(), ...requestFacts(headers) },
    user: { id: u.id, name: u.name, email: u.email, locale: u.locale ?? null },
  };
}

export type ApiCaller = { kind: "none" } | { kind: "invalid-key" } | { kind: "api-key"; ctx: ServiceContext };

/** The API key in the Authorization header: absent, unusable, or the context it acts in. */
export async function apiKeyContext(headers: Headers): Promise<ApiCaller> {
  const header = headers.get("authorization");
  if (!header) return { kind: "none" };
  const key = apiKeyFromAuthorization(header);
  if (!key) return { kind: "invalid-key" };
  const ctx = await authenticateApiKey({ db: db(), key, ...requestFacts(headers) });
  return ctx ? { kind: "api-key", ctx } : { kind: "invalid-key" };
}
