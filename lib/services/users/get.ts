import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";

/** One user with their assignments, for the edit page (admins only). */
export async function getUserOrThrow({ ctx, id }: { ctx: ServiceContext; id: string }) {
  requireAdmin(ctx);
  const user = await ctx.db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lockedUntil: true,
      createdAt: true,
      accounts: { select: { providerId: true } },
      memberships: { select: { tenantId: true, role: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const { accounts, ...rest } = user;
  return { ...rest, hasPassword: accounts.some((a) => a.providerId === "credential"), sso: accounts.some((a) => a.providerId !== "credential") };
}
