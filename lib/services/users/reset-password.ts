import "server-only";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";
import { changeableUser, type UserRefInput } from "@/lib/services/users/guards";
import { generatePassword, hashPassword, newAccountId } from "@/lib/services/users/passwords";

/** Gives a user a new random password, shown once, and ends their sessions (admins only; audited). */
export async function resetUserPassword({ ctx, input }: { ctx: ServiceContext; input: UserRefInput }): Promise<{ password: string }> {
  requireAdmin(ctx);
  const password = generatePassword();
  const hash = await hashPassword(password);
  await audited(ctx, { action: "user.reset-password", targetType: "user", targetId: input.userId }, async (tx) => {
    const user = await changeableUser(tx, ctx, input.userId, { demotes: false });
    if (user.disabledAt) throw new ConflictError("Enable the user first", "disabled");
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) await tx.account.create({ data: { id: newAccountId(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLogins: 0 } });
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
  return { password };
}
