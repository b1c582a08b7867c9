import "server-only";
import { verifyAuditLog, type ChainReport } from "@/lib/audit/verify-batches";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";

/** Recomputes the whole hash chain and names the first broken event (admins only; the check is audited). */
export async function verifyAuditChain({ ctx }: { ctx: ServiceContext }): Promise<ChainReport> {
  requireAdmin(ctx);
  const report = await verifyAuditLog((afterId, size) => ctx.db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: size }));
  await recordAudit(ctx, { action: "audit.verify", outcome: report.ok ? "success" : "failure", summary: report.ok ? { checked: report.checked } : { checked: report.checked, brokenAt: report.problem.id } });
  return report;
}
