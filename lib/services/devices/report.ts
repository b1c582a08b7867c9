import "server-only";
// The readiness report of one tenant or every visible tenant, from the sync-time roll-up.
import { foldClassCounts, type ReadinessReport } from "@/lib/domain/readiness-report";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";
import { readRollupTotals } from "./readiness-sql";

/** The tenant ids a report covers: the one asked for (404 when not visible) or every visible tenant. */
export async function reportTenantIds(ctx: ServiceContext, tenantId?: string | null): Promise<string[]> {
  if (tenantId) return [(await getTenantOrThrow(ctx, tenantId)).id];
  return (await ctx.db.tenant.findMany({ where: tenantScope(ctx), select: { id: true } })).map((t) => t.id);
}

/** Readiness for every planned change, with breakdowns by OS, client-version band and install mode. */
export async function readinessReport({ ctx, input }: { ctx: ServiceContext; input: { tenantId?: string | null } }): Promise<ReadinessReport> {
  return foldClassCounts(await readRollupTotals(ctx.db, await reportTenantIds(ctx, input.tenantId)));
}
