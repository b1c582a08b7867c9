import "server-only";
import { z } from "zod";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";
import { changeableUser } from "@/lib/services/users/guards";

export const SetUserDisabledInput = z.object({ userId: z.string().min(1).max(64), disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof SetUserDisabledInput>;

/** Disables (and signs out) or re-enables a user (admins only; audited). */
export async function setUserDisabled({ ctx, input }: { ctx: ServiceContext; input: SetUserDisabledInput }) {
  requireAdmin(ctx);
  await audited(ctx, { action: input.disabled ? "user.disable" : "user.enable", targetType: "user", targetId: input.userId }, async (tx) => {
    const user = await changeableUser(tx, ctx, input.userId, { demotes: input.disabled });
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? new Date() : null } });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
  });
}
