// User administration on a real PostgreSQL: the guards that keep someone able to administer, the
// audit trail of every change, and that passwords never appear in it.
import { beforeAll, describe, expect, it } from "vitest";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/services/users/create";
import { listUsers } from "@/lib/services/users/list";
import { setUserTenants } from "@/lib/services/users/set-tenants";
import { createFirstAdmin } from "@/lib/services/users/setup";
import { resetUserPassword } from "@/lib/services/users/reset-password";
import { setUserDisabled } from "@/lib/services/users/set-disabled";
import { setUserRole } from "@/lib/services/users/set-role";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";

const asUser = (id: string, role: "ADMIN" | "OPERATOR" | "VIEWER"): ServiceContext => ({ ...systemContext(), actor: { type: "user", id, label: id, role } });
const lastEvent = () => db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

let admin: ServiceContext;
beforeAll(async () => {
  const a = await createPerson("ADMIN");
  admin = asUser(a.id, "ADMIN");
});

describe("users", () => {
  it("creates a local user (email normalised) whose initial password works, and audits it without the password", async () => {
    const created = await createUser({ ctx: admin, input: { name: "Grace", email: `Grace-${Date.now()}@Test.example`, role: "OPERATOR" } });
    expect(created.email).toBe(created.email.toLowerCase());
    expect(created.password).toHaveLength(16);
    expect(await signIn(created)).toContain("eh.session_token=");
    const creation = await db().auditEvent.findFirstOrThrow({ where: { action: "user.create", targetId: created.id } });
    expect(creation.summary).toMatchObject({ role: "OPERATOR" });
    expect(JSON.stringify(creation.summary)).not.toContain(created.password);
  });

  it("refuses a second user with the same email", async () => {
    const email = `dup-${Date.now()}@test.example`;
    await createUser({ ctx: admin, input: { name: "A", email, role: "VIEWER" } });
    await expect(createUser({ ctx: admin, input: { name: "B", email, role: "VIEWER" } })).rejects.toMatchObject({ reason: "email_taken" });
  });

  it("only admins administer users", async () => {
    await expect(listUsers({ ctx: asUser("x", "OPERATOR") })).rejects.toMatchObject({ status: 403 });
    await expect(createUser({ ctx: asUser("x", "OPERATOR"), input: { name: "X", email: `x-${Date.now()}@test.example`, role: "ADMIN" } })).rejects.toMatchObject({ status: 403 });
  });

  it("an admin cannot demote or disable themself", async () => {
    await expect(setUserRole({ ctx: admin, input: { userId: (admin.actor as { id: string }).id, role: "VIEWER" } })).rejects.toMatchObject({ reason: "self" });
    await expect(setUserDisabled({ ctx: admin, input: { userId: (admin.actor as { id: string }).id, disabled: true } })).rejects.toMatchObject({ reason: "self" });
  });

  it("the last active admin stays an admin", async () => {
    const others = await db().user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
    const keep = others[0]!.id;
    // Acting as the system, demote every other admin, then try the last one.
    for (const o of others.slice(1)) await setUserRole({ ctx: systemContext(), input: { userId: o.id, role: "OPERATOR" } });
    await expect(setUserRole({ ctx: systemContext(), input: { userId: keep, role: "VIEWER" } })).rejects.toMatchObject({ reason: "last_admin" });
    for (const o of others.slice(1)) await setUserRole({ ctx: systemContext(), input: { userId: o.id, role: "ADMIN" } });
  });

  it("records what changed in tenant assignments", async () => {
    const [a, b, c] = [await createTenant("A"), await createTenant("B"), await createTenant("C")];
    const p = await createPerson("OPERATOR", [a.id, b.id]);
    await setUserTenants({ ctx: admin, input: { userId: p.id, assignments: [{ tenantId: b.id, role: "VIEWER" }, { tenantId: c.id, role: "OPERATOR" }] } });
    expect((await lastEvent()).summary).toMatchObject({ added: [c.id], removed: [a.id], changed: [b.id] });
    const members = await db().tenantMember.findMany({ where: { userId: p.id }, orderBy: { tenantId: "asc" } });
    expect(members.map((m) => [m.tenantId, m.role]).sort()).toEqual([[b.id, "VIEWER"], [c.id, "OPERATOR"]].sort());
    await expect(setUserTenants({ ctx: admin, input: { userId: p.id, assignments: [{ tenantId: "nope", role: "VIEWER" }] } })).rejects.toMatchObject({ status: 400 });
  });

  it("a password reset replaces the password and ends the user's sessions", async () => {
    const p = await createPerson("VIEWER");
    await signIn(p);
    const { password } = await resetUserPassword({ ctx: admin, input: { userId: p.id } });
    expect(await db().session.count({ where: { userId: p.id } })).toBe(0);
    await expect(signIn(p)).rejects.toThrow(/401/);
    expect(await signIn({ email: p.email, password })).toContain("eh.session_token=");
  });

  it("first-run setup works only while there are no users", async () => {
    await expect(createFirstAdmin({ request: { requestId: "r" }, input: { name: "Late", email: "late@test.example", password: "a-long-password", confirm: "a-long-password" } })).rejects.toMatchObject({ reason: "setup_done" });
  });
});
