import "server-only";
// What an actor may see. Admins, API keys and the system see every tenant; everyone else only the
// tenants they are assigned to. A tenant the actor may not see does not exist for them: lookups
// throw NotFoundError (404), never ForbiddenError, so ids of other tenants leak nothing.
import { Prisma as PrismaSql, type Prisma } from "@/lib/generated/prisma/client";
import { atLeast, effectiveTenantRole, type Role } from "@/lib/auth/roles";
import type { ServiceContext } from "@/lib/server/context";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

/** The tenants an actor may see: all for admins, API keys and the system, else those they are a member of. */
export function tenantScope(ctx: ServiceContext): Prisma.TenantWhereInput {
  if (ctx.actor.type !== "user" || ctx.actor.role === "ADMIN") return { archivedAt: null };
  return { archivedAt: null, members: { some: { userId: ctx.actor.id } } };
}

/** tenantScope as SQL over a tenant alias, for raw queries; the same rule. */
export function tenantScopeSql(ctx: ServiceContext, alias: string): Prisma.Sql {
  const t = PrismaSql.raw(alias);
  if (ctx.actor.type !== "user" || ctx.actor.role === "ADMIN") return PrismaSql.sql`${t}.archived_at IS NULL`;
  return PrismaSql.sql`${t}.archived_at IS NULL AND EXISTS (SELECT 1 FROM tenant_member m WHERE m.tenant_id = ${t}.id AND m.user_id = ${ctx.actor.id})`;
}

/**
 * The tenant, when the actor may see it and holds at least `minRole` on it. Throws NotFoundError for
 * a tenant they may not see (or that does not exist) and ForbiddenError when they see it with too
 * low a role (a viewer trying an operator's action).
 */
export async function getTenantOrThrow(ctx: ServiceContext, tenantId: string, minRole: Role = "VIEWER") {
  const tenant = await ctx.db.tenant.findFirst({
    where: { id: tenantId, ...tenantScope(ctx) },
    select: {
      id: true,
      name: true,
      slug: true,
      timeZone: true,
      members: ctx.actor.type === "user" ? { where: { userId: ctx.actor.id }, select: { role: true } } : false,
    },
  });
  if (!tenant) throw new NotFoundError();
  const role = ctx.actor.type === "user" ? effectiveTenantRole(ctx.actor.role, tenant.members?.[0]?.role) : ctx.actor.role;
  if (!role) throw new NotFoundError();
  if (!atLeast(role, minRole)) throw new ForbiddenError();
  const { members: _members, ...rest } = tenant;
  return { ...rest, role };
}

/** Users, API keys and the audit log are admin matters: services check it too, not only actions. */
export function requireAdmin(ctx: ServiceContext): void {
  if (ctx.actor.role !== "ADMIN") throw new ForbiddenError();
}
