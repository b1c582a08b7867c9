import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { recordAudit } from "@/lib/server/audit";
import type { AuditFilter } from "@/lib/services/audit/filter";
import { auditWhere } from "@/lib/services/audit/list";
import { requireAdmin } from "@/lib/services/scope";

export const AUDIT_CSV_COLUMNS = ["id", "at", "actorType", "actorLabel", "tenantId", "action", "targetType", "targetId", "outcome", "summary", "requestId", "sourceIp", "hash"] as const;

/**
 * Every event matching the filter, newest first, in batches (for the CSV export). The export itself
 * is audited before the first row leaves (admins only).
 */
export async function* exportAuditEvents({ ctx, filter, batch = 1000 }: { ctx: ServiceContext; filter: AuditFilter; batch?: number }) {
  requireAdmin(ctx);
  await recordAudit(ctx, { action: "audit.export", summary: { filter } });
  const where = auditWhere(filter);
  let before: bigint | undefined;
  for (;;) {
    const rows = await ctx.db.auditEvent.findMany({
      where: { ...where, ...(before ? { id: { lt: before } } : {}) },
      orderBy: { id: "desc" },
      take: batch,
      select: Object.fromEntries(AUDIT_CSV_COLUMNS.map((c) => [c, true])) as Record<(typeof AUDIT_CSV_COLUMNS)[number], true>,
    });
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    before = rows[rows.length - 1]!.id;
  }
}
