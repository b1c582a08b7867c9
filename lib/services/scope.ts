import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceContext } from "@/lib/server/context";

/** The tenants an actor may see: all for admins and the system, else those they are a member of. */
export function tenantScope(ctx: ServiceContext): Prisma.TenantWhereInput {
  if (ctx.actor.type === "system" || ctx.actor.role === "ADMIN") return { archivedAt: null };
  return { archivedAt: null, members: { some: { userId: ctx.actor.id } } };
}
