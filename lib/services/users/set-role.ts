import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";
import { changeableUser } from "@/lib/services/users/guards";

export const SetUserRoleInput = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });
export type SetUserRoleInput = z.infer<typeof SetUserRoleInput>;

/** Sets a user's role (admins only; audited). */
export async function setUserRole({ ctx, input }: { ctx: ServiceContext; input: SetUserRoleInput }) {
  requireAdmin(ctx);
  await audited(ctx, { action: "user.set-role", targetType: "user", targetId: input.userId, summary: { role: input.role } }, async (tx) => {
    const user = await changeableUser(tx, ctx, input.userId, { demotes: input.role !== "ADMIN" });
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
  });
}
