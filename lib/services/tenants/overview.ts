import "server-only";
// The overview's data: every tenant the actor may see with what the morning look needs (tokens and
// their expiries, readiness, next rotation, open alerts, rotation in progress), in a JSON-safe shape
// shared by the server's first render and the polled JSON route. Three queries whatever the number of
// tenants (no per-tenant round trips), sent together: each selects the tenants in the actor's scope
// itself rather than waiting for the tenant query's ids, which would add a round trip to every
// overview. The benchmark (bench/dashboard.ts) holds it to 3× /api/health.
import { sortByUrgency, overviewTiles } from "@/lib/domain/urgency";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Overview, OverviewReadiness, OverviewTenant, ReadinessSummary } from "@/lib/dto/overview";
import type { ServiceContext } from "@/lib/server/context";
import { readRows } from "@/lib/server/sql";
import { currentTenantTokens } from "@/lib/services/tenants/current-tokens";
import { tenantScopeSql } from "@/lib/services/scope";
import { latestSnapshotsInScope, pickReadiness } from "@/lib/services/tenants/readiness";

export type { Overview, OverviewTenant } from "@/lib/dto/overview";

/** Per tenant the actor may see: open alerts (unresolved, not snoozed now) and MDM install commands whose token is out of date, in one statement. */
async function openItemCounts(ctx: ServiceContext, now: Date) {
  const rows = await readRows<{ id: string; openAlerts: number; driftedTargets: number }>(ctx.db, Prisma.sql`
    SELECT t.id,
           (SELECT count(*)::int FROM alert a WHERE a.tenant_id = t.id AND a.resolved_at IS NULL AND (a.snoozed_until IS NULL OR a.snoozed_until < ${now})) AS "openAlerts",
           (SELECT count(*)::int FROM mdm_target m WHERE m.tenant_id = t.id AND m.drift IN ('DRIFTED', 'NO_TOKEN')) AS "driftedTargets"
    FROM tenant t
    WHERE ${tenantScopeSql(ctx, "t")}`);
  return new Map(rows.map((r) => [r.id, r]));
}

const overviewReadiness = (r: ReadinessSummary | undefined): OverviewReadiness | null => (r ? { change: r.change, devices: r.devices, refused: r.refused, refusedChange: r.refusedChange } : null);

/**
 * Tenants the actor may see with their current tokens, most urgent first, and the tiles. `sorted:
 * false` leaves them in name order for a caller that orders them itself (the overview page's view,
 * which re-sorts as its countdowns tick): counting every token down once less per page.
 */
export async function getOverview({ ctx, now = new Date(), sorted = true }: { ctx: ServiceContext; now?: Date; sorted?: boolean }): Promise<Overview> {
  const [rows, counts, snapshots] = await Promise.all([currentTenantTokens(ctx), openItemCounts(ctx, now), latestSnapshotsInScope(ctx)]);
  const readiness = pickReadiness(rows, snapshots);
  const tenants: OverviewTenant[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    region: r.region,
    timeZone: r.timeZone,
    seState: r.seState,
    multiToken: r.multiToken,
    thresholdsDays: r.thresholdsDays,
    tokens: r.tokens.map((t) => ({ id: t.id, kind: t.kind, expiresAt: t.expiresAt })),
    readiness: overviewReadiness(readiness.get(r.id)),
    nextRotationAt: r.nextRotationAt?.toISOString() ?? null,
    activeRotation: r.activeRotation ? { id: r.activeRotation.id } : null,
    openAlerts: counts.get(r.id)?.openAlerts ?? 0,
    driftedTargets: counts.get(r.id)?.driftedTargets ?? 0,
  }));
  const rotations = tenants.filter((t) => t.activeRotation).length;
  return { generatedAt: now.toISOString(), tiles: overviewTiles(tenants, rotations, now), tenants: sorted ? sortByUrgency(tenants, now).map((x) => x.tenant) : tenants };
}
