// Integration-test fixtures: tenants and people of every role, signed in through Better Auth's real
// HTTP handler (origin checks, hooks, lockout and audit included), so a test holds real session cookies.
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { auth } from "@/lib/server/auth";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/services/users/create";
import { setUserTenants } from "@/lib/services/users/set-tenants";

export const APP_ORIGIN = "http://localhost:3000";
const uid = () => randomBytes(4).toString("hex");

/** A tenant with a unique slug. */
export async function createTenant(name = "Tenant") {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${uid()}`;
  return db().tenant.create({ data: { name: `${name} ${slug}`, slug, addonHost: `addon-${slug}.eu.goskope.com`, apiBaseUrl: `https://${slug}.goskope.com/api/v2` }, select: { id: true, name: true } });
}

export interface Person {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** A local user with a role and tenant assignments (each assignment's role defaults to the user's, capped at operator). */
export async function createPerson(role: Role, tenantIds: string[] = [], tenantRole?: "VIEWER" | "OPERATOR"): Promise<Person> {
  const ctx = systemContext("test");
  const created = await createUser({ ctx, input: { name: `${role} ${uid()}`, email: `${role.toLowerCase()}-${uid()}@test.example`, role } });
  const assigned = tenantRole ?? (role === "VIEWER" ? "VIEWER" : "OPERATOR");
  if (tenantIds.length) await setUserTenants({ ctx, input: { userId: created.id, assignments: tenantIds.map((tenantId) => ({ tenantId, role: assigned })) } });
  return { id: created.id, email: created.email, password: created.password, role };
}

let address = 0;
/** A fresh client address per call, so Better Auth's per-address sign-in rate limit does not interfere. */
export const nextAddress = () => `198.51.100.${(address++ % 250) + 1}`;

/** POSTs to one of Better Auth's endpoints the way a browser on our origin would. */
export async function authRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return auth().handler(
    new Request(`${APP_ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_ORIGIN, "x-forwarded-for": nextAddress(), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** Signs in with email and password; returns the Cookie header of the new session. */
export async function signIn(person: Pick<Person, "email" | "password">): Promise<string> {
  const res = await authRequest("/sign-in/email", { email: person.email, password: person.password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}
