import "server-only";
// From a request to the ServiceContext that acts for it: a signed-in person (session cookie) or an
// API key (`Authorization: Bearer ehk_…`, route handlers only). Disabled people have no context.
import { randomUUID } from "node:crypto";
import { getIP } from "better-auth/api";
import { apiKeyFromAuthorization } from "@/lib/auth/api-key-token";
import { isRole } from "@/lib/auth/roles";
import { auth } from "@/lib/server/auth";
import type { ServiceContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { requiredEnv } from "@/lib/server/env";
import { authenticateApiKey } from "@/lib/services/api-keys/authenticate";

export interface RequestFacts {
  requestId: string;
  sourceIp?: string;
}

/** The request id proxy.ts assigned, and the client's address (X-Forwarded-For, trusted proxies honoured). */
export function requestFacts(headers: Headers): RequestFacts {
  const ip = getIP(headers, { advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: requiredEnv().TRUSTED_PROXIES } } });
  return { requestId: headers.get("x-request-id") ?? randomUUID(), sourceIp: ip ?? undefined };
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: string | null;
}

/** The signed-in person's context (and who they are, for the page frame), or null. */
export async function sessionContext(headers: Headers): Promise<{ ctx: ServiceContext; user: SessionUser } | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: unknown; disabledAt?: Date | null; locale?: string | null };
  if (u.disabledAt || !isRole(u.role)) return null;
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
