import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";

/** The actions that occur in the log, for the filter (admins only). */
export async function listAuditActions({ ctx }: { ctx: ServiceContext }): Promise<string[]> {
  requireAdmin(ctx);
  // In SQL: Prisma's `distinct` would fetch every event and de-duplicate in memory.
  const rows = await ctx.db.$queryRaw<{ action: string }[]>`SELECT DISTINCT action FROM audit_event ORDER BY action`;
  return rows.map((r) => r.action);
}
