// Sign-in through Better Auth's real HTTP handler on a real PostgreSQL: sessions, lockout, rate
// limiting, disabled accounts, the saved language, and an audit event for every attempt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth } from "@/lib/server/auth";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { APP_ORIGIN, authRequest, createPerson, signIn, type Person } from "@/lib/testing/people";
import { setUserDisabled } from "@/lib/services/users/set-disabled";
import { unlockUser } from "@/lib/services/users/unlock";

const lastEvents = (n = 5) => db().auditEvent.findMany({ orderBy: { id: "desc" }, take: n });
const sessionOf = (cookie: string) => auth().api.getSession({ headers: new Headers({ cookie }) });

let admin: Person;
beforeAll(async () => {
  admin = await createPerson("ADMIN");
});
afterAll(async () => {
  await db().$executeRawUnsafe(`ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS audit_write_fails`);
});

describe("sign-in with email and password", () => {
  it("creates a session in PostgreSQL and audits the sign-in with the source address", async () => {
    const res = await authRequest("/sign-in/email", { email: admin.email, password: admin.password }, { "x-forwarded-for": "192.0.2.44", "x-request-id": "req-sign-in-1" });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("eh.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await sessionOf(cookie.split(";")[0]!);
    expect(session?.user.email).toBe(admin.email);
    expect(await db().session.count({ where: { userId: admin.id } })).toBeGreaterThan(0);
    const [event] = await lastEvents(1);
    expect(event).toMatchObject({ action: "auth.sign-in", outcome: "success", actorId: admin.id, sourceIp: "192.0.2.44", requestId: "req-sign-in-1", summary: { method: "password" } });
  });

  it("refuses a wrong password and audits the failure without the password", async () => {
    const res = await authRequest("/sign-in/email", { email: admin.email, password: "wrong-password-123" });
    expect(res.status).toBe(401);
    const [event] = await lastEvents(1);
    expect(event).toMatchObject({ action: "auth.sign-in", outcome: "failure", actorId: admin.id, summary: { method: "password", reason: "wrong-password" } });
    expect(JSON.stringify(event, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("wrong-password-123");
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).failedLogins).toBe(1);
  });

  it("audits an unknown account under the address that was tried", async () => {
    const email = `nobody-${Date.now()}@test.example`;
    expect((await authRequest("/sign-in/email", { email, password: "whatever-password" })).status).toBe(401);
    const [event] = await lastEvents(1);
    expect(event).toMatchObject({ actorType: "USER", actorId: null, actorLabel: email, outcome: "failure", summary: { reason: "unknown-account" } });
  });

  it("locks an account after 5 failures in a row; even the right password is refused until unlocked", async () => {
    const p = await createPerson("VIEWER");
    for (let i = 0; i < 5; i++) expect((await authRequest("/sign-in/email", { email: p.email, password: `wrong-${i}-password` })).status).toBe(401);
    const user = await db().user.findUniqueOrThrow({ where: { id: p.id } });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const locked = await authRequest("/sign-in/email", { email: p.email, password: p.password });
    expect(locked.status).toBe(403);
    expect(await locked.json()).toMatchObject({ code: "ACCOUNT_LOCKED" });
    expect((await lastEvents(1))[0]).toMatchObject({ outcome: "failure", summary: { reason: "locked" } });
    await unlockUser({ ctx: systemContext(), input: { userId: p.id } });
    expect(await signIn(p)).toContain("eh.session_token=");
  });

  it("a success resets the failure count", async () => {
    const p = await createPerson("VIEWER");
    for (let i = 0; i < 4; i++) await authRequest("/sign-in/email", { email: p.email, password: `wrong-${i}-password` });
    await signIn(p);
    expect((await db().user.findUniqueOrThrow({ where: { id: p.id } })).failedLogins).toBe(0);
  });

  it("a disabled account looks like a wrong password, and its sessions end at once", async () => {
    const p = await createPerson("OPERATOR");
    const cookie = await signIn(p);
    await setUserDisabled({ ctx: systemContext(), input: { userId: p.id, disabled: true } });
    expect(await sessionOf(cookie)).toBeNull();
    const res = await authRequest("/sign-in/email", { email: p.email, password: p.password });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });
    expect((await lastEvents(1))[0]).toMatchObject({ outcome: "failure", summary: { reason: "disabled" } });
  });

  it("rate-limits sign-in attempts per client address", async () => {
    const address = "192.0.2.99";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await authRequest("/sign-in/email", { email: `rl-${i}@test.example`, password: "not-the-password" }, { "x-forwarded-for": address })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("refuses a sign-in posted from another site", async () => {
    const res = await authRequest("/sign-in/email", { email: admin.email, password: admin.password }, { origin: "https://evil.example", "sec-fetch-site": "cross-site", cookie: "eh.session_token=x" });
    expect(res.status).toBe(403);
  });

  it("sets the language cookie from the user's saved language", async () => {
    const p = await createPerson("VIEWER");
    await db().user.update({ where: { id: p.id }, data: { locale: "ja" } });
    const res = await authRequest("/sign-in/email", { email: p.email, password: p.password });
    expect(res.headers.getSetCookie().some((c) => c.startsWith("eh-locale=ja"))).toBe(true);
  });

  it("signs out: the session is gone and the sign-out is audited", async () => {
    const p = await createPerson("VIEWER");
    const cookie = await signIn(p);
    const res = await auth().handler(new Request(`${APP_ORIGIN}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: APP_ORIGIN, "content-type": "application/json" }, body: "{}" }));
    expect(res.status).toBe(200);
    expect(await sessionOf(cookie)).toBeNull();
    expect((await lastEvents(1))[0]).toMatchObject({ action: "auth.sign-out", actorId: p.id });
  });

  it("fails closed: no session when the sign-in event cannot be written", async () => {
    const p = await createPerson("VIEWER");
    await db().$executeRawUnsafe(`ALTER TABLE audit_event ADD CONSTRAINT audit_write_fails CHECK (action <> 'auth.sign-in') NOT VALID`);
    try {
      const res = await authRequest("/sign-in/email", { email: p.email, password: p.password });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await db().session.count({ where: { userId: p.id } })).toBe(0);
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE audit_event DROP CONSTRAINT audit_write_fails`);
    }
  });
});
