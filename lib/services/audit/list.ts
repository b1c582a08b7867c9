import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceContext } from "@/lib/server/context";
import type { AuditFilter } from "@/lib/services/audit/filter";
import { requireAdmin } from "@/lib/services/scope";

const EVENT_SELECT = {
  id: true,
  at: true,
  actorType: true,
  actorLabel: true,
  tenantId: true,
  action: true,
  targetType: true,
  targetId: true,
  summary: true,
  outcome: true,
  requestId: true,
  sourceIp: true,
} as const;

/** The WHERE clause of a filter (shared with the CSV export). */
export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actor) where.actorLabel = { contains: filter.actor, mode: "insensitive" };
  if (filter.action) where.action = filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action;
  if (filter.tenant) where.tenantId = filter.tenant;
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.from || filter.to)
    where.at = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
    };
  return where;
}

/**
 * A page of audit events, newest first, with keyset paging: `before` gives older events, `after`
 * newer ones; stable while events are being added (admins only).
 */
export async function listAuditEvents({ ctx, filter = {}, before, after, take = 50 }: { ctx: ServiceContext; filter?: AuditFilter; before?: bigint; after?: bigint; take?: number }) {
  requireAdmin(ctx);
  const where = auditWhere(filter);
  const rows = after
    ? (await ctx.db.auditEvent.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: "asc" }, take: take + 1, select: EVENT_SELECT })).reverse()
    : await ctx.db.auditEvent.findMany({ where: { ...where, ...(before ? { id: { lt: before } } : {}) }, orderBy: { id: "desc" }, take: take + 1, select: EVENT_SELECT });
  const more = rows.length > take;
  const events = after ? rows.slice(more ? 1 : 0) : rows.slice(0, take);
  return {
    events,
    olderCursor: (after ? true : more) && events.length ? events[events.length - 1]!.id : null,
    newerCursor: (after ? more : Boolean(before)) && events.length ? events[0]!.id : null,
  };
}
