import "server-only";
// Sign-in bookkeeping that Better Auth leaves to us (lib/server/auth.ts calls these from its hooks):
// failed password attempts are counted per account and lock it for a while once too many come in a
// row; every attempt, success or failure, is an audit event. Rate limiting per client address is
// Better Auth's (configured in lib/server/auth.ts); lockout protects one account from many addresses.
import type { Role } from "@/lib/auth/roles";
import { AUDIT_TX, appendAudit, recordAudit, type AuditActor } from "@/lib/server/audit";
import type { Db } from "@/lib/server/db";

export interface AuthRequest {
  db: Db;
  requestId: string;
  sourceIp?: string | null;
}

export type SignInMethod = "password" | `sso:${string}`;

interface UserRow {
  id: string;
  email: string;
  role: Role;
  disabledAt: Date | null;
  lockedUntil: Date | null;
}

const findUser = (db: Db, email: string): Promise<UserRow | null> =>
  db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true, disabledAt: true, lockedUntil: true } });

const actorFor = (user: UserRow | null, email: string): AuditActor =>
  user ? { type: "user", id: user.id, label: user.email, role: user.role } : { type: "anonymous", id: null, label: email.trim().toLowerCase().slice(0, 254) };

/** Whether a password sign-in may be tried at all; a locked or disabled account is refused (and audited) before its password is checked. */
export async function checkPasswordSignIn({ ctx, email, now = new Date() }: { ctx: AuthRequest; email: string; now?: Date }): Promise<{ allowed: true } | { allowed: false; reason: "locked" | "disabled" }> {
  const user = await findUser(ctx.db, email);
  const reason = user?.disabledAt ? "disabled" : user?.lockedUntil && user.lockedUntil > now ? "locked" : null;
  if (!reason) return { allowed: true };
  await recordAudit({ ...ctx, actor: actorFor(user, email) }, { action: "auth.sign-in", outcome: "failure", targetType: "user", targetId: user!.id, summary: { method: "password", reason } });
  return { allowed: false, reason };
}

/** Counts a failed password sign-in and locks the account after `maxFailures` in a row; audited. Returns whether it is now locked. */
export async function recordFailedSignIn({ ctx, email, policy }: { ctx: AuthRequest; email: string; policy: { maxFailures: number; lockMinutes: number } }): Promise<{ locked: boolean }> {
  return ctx.db.$transaction(async (tx) => {
    // One statement, so concurrent failures cannot both read the same count.
    const [row] = await tx.$queryRaw<{ id: string; email: string; role: Role; locked_until: Date | null; locked_now: boolean }[]>`
      UPDATE "user" SET
        failed_logins = CASE WHEN failed_logins + 1 >= ${policy.maxFailures} THEN 0 ELSE failed_logins + 1 END,
        locked_until = CASE WHEN failed_logins + 1 >= ${policy.maxFailures} THEN now() + make_interval(mins => ${policy.lockMinutes}::int) ELSE locked_until END
      WHERE email = ${email.trim().toLowerCase()}
      RETURNING id, email, role::text AS role, locked_until, (failed_logins = 0) AS locked_now`;
    const actor: AuditActor = row ? { type: "user", id: row.id, label: row.email, role: row.role } : actorFor(null, email);
    const locked = Boolean(row?.locked_now);
    await appendAudit(tx, { ...ctx, actor }, {
      action: "auth.sign-in",
      outcome: "failure",
      targetType: row ? "user" : null,
      targetId: row?.id ?? null,
      summary: { method: "password", reason: row ? "wrong-password" : "unknown-account", ...(locked ? { lockedUntil: row!.locked_until } : {}) },
    });
    return { locked };
  }, AUDIT_TX);
}

/** A successful sign-in: clears the failure count and records the event. Throws (so no session is made) when the event cannot be written. */
export async function recordSignIn({ ctx, userId, method }: { ctx: AuthRequest; userId: string; method: SignInMethod }): Promise<{ allowed: boolean }> {
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true, lockedUntil: true } });
    if (!user) return { allowed: false };
    const actor: AuditActor = { type: "user", id: user.id, label: user.email, role: user.role };
    // SSO bypasses the password checks, so disabled accounts are refused here for every method.
    if (user.disabledAt) {
      await appendAudit(tx, { ...ctx, actor }, { action: "auth.sign-in", outcome: "failure", targetType: "user", targetId: user.id, summary: { method, reason: "disabled" } });
      return { allowed: false };
    }
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    await appendAudit(tx, { ...ctx, actor }, { action: "auth.sign-in", targetType: "user", targetId: user.id, summary: { method } });
    return { allowed: true };
  }, AUDIT_TX);
}

/** A failed single sign-on (the identity provider refused, or the callback was invalid). */
export async function recordFailedSso({ ctx, providerId, reason }: { ctx: AuthRequest; providerId: string; reason: string }): Promise<void> {
  await recordAudit({ ...ctx, actor: { type: "anonymous", id: null, label: `sso:${providerId}` } }, { action: "auth.sign-in", outcome: "failure", summary: { method: `sso:${providerId}`, reason: reason.slice(0, 100) } });
}

/** A sign-out. */
export async function recordSignOut({ ctx, userId }: { ctx: AuthRequest; userId: string }): Promise<void> {
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) return;
  await recordAudit({ ...ctx, actor: { type: "user", id: user.id, label: user.email, role: user.role } }, { action: "auth.sign-out", targetType: "user", targetId: user.id });
}

/** A user created by single sign-on on first sign-in (a viewer with no tenants until an admin assigns some). */
export async function recordSsoUserCreated({ ctx, userId, email, providerId }: { ctx: AuthRequest; userId: string; email: string; providerId: string }): Promise<void> {
  await recordAudit({ ...ctx, actor: { type: "system", id: null, label: `sso:${providerId}`, role: "ADMIN" } }, { action: "user.create", targetType: "user", targetId: userId, summary: { email, via: `sso:${providerId}`, role: "VIEWER" } });
}
