import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { ForbiddenError } from "@/lib/server/errors";

/** The most recent audit events (admins only). */
export async function listAuditEvents({ ctx, take = 100 }: { ctx: ServiceContext; take?: number }) {
  if (ctx.actor.role !== "ADMIN") throw new ForbiddenError();
  return ctx.db.auditEvent.findMany({
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actorLabel: true, action: true, targetType: true, targetId: true, outcome: true, tenantId: true },
  });
}
