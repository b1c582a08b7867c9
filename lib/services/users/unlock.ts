import "server-only";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";
import { changeableUser, type UserRefInput } from "@/lib/services/users/guards";

/** Lifts a lockout after too many failed sign-ins (admins only; audited). */
export async function unlockUser({ ctx, input }: { ctx: ServiceContext; input: UserRefInput }) {
  requireAdmin(ctx);
  await audited(ctx, { action: "user.unlock", targetType: "user", targetId: input.userId }, async (tx) => {
    const user = await changeableUser(tx, ctx, input.userId, { demotes: false });
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLogins: 0 } });
  });
}
