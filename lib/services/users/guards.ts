import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/** Input of the actions that name one user. */
export const UserRefInput = z.object({ userId: z.string().min(1).max(64) });
export type UserRefInput = z.infer<typeof UserRefInput>;

/**
 * The user an admin is about to change, refusing the changes that could lock everyone out: an admin
 * never demotes or disables themself, and the last active admin stays an active admin.
 */
export async function changeableUser(tx: Prisma.TransactionClient, ctx: ServiceContext, userId: string, change: { demotes: boolean }) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user) throw new NotFoundError();
  if (!change.demotes) return user;
  if (ctx.actor.type === "user" && ctx.actor.id === user.id) throw new ConflictError("You cannot remove your own admin rights or disable yourself", "self");
  if (user.role === "ADMIN" && !user.disabledAt) {
    const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: user.id } } });
    if (others === 0) throw new ConflictError("This is the last active admin", "last_admin");
  }
  return user;
}
