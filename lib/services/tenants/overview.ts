import "server-only";
// The overview's data: every tenant the actor may see with what the morning look needs (tokens and
// their expiries, readiness, next rotation, open alerts, rotation in progress), in a JSON-safe shape
// shared by the server's first render and the polled JSON route. A handful of queries whatever the number of
// tenants (no per-tenant round trips): the benchmark (bench/dashboard.ts) holds it to 3× /api/health.
import { sortByUrgency, overviewTiles } from "@/lib/domain/urgency";
import type { Overview, OverviewTenant } from "@/lib/dto/overview";
import type { ServiceContext } from "@/lib/server/context";
import { currentTenantTokens } from "@/lib/services/tenants/current-tokens";
import { latestReadiness } from "@/lib/services/tenants/readiness";

export type { Overview, OverviewTenant } from "@/lib/dto/overview";

/** Tenants the actor may see with their current tokens, most urgent first, and the tiles. */
export async function getOverview({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }): Promise<Overview> {
  const rows = await currentTenantTokens(ctx);
  const ids = rows.map((r) => r.id);
  const [alerts, drift, readiness] = await Promise.all([
    ctx.db.alert.groupBy({
      by: ["tenantId"],
      where: { tenantId: { in: ids }, resolvedAt: null, OR: [{ snoozedUntil: null }, { snoozedUntil: { lt: now } }] },
      _count: { _all: true },
    }),
    ctx.db.mdmTarget.groupBy({ by: ["tenantId"], where: { tenantId: { in: ids }, drift: { in: ["DRIFTED", "NO_TOKEN"] } }, _count: { _all: true } }),
    latestReadiness(ctx, rows),
  ]);
  const alertCount = new Map(alerts.map((a) => [a.tenantId, a._count._all]));
  const driftCount = new Map(drift.map((d) => [d.tenantId, d._count._all]));
  const tenants: OverviewTenant[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    region: r.region,
    timeZone: r.timeZone,
    seState: r.seState,
    multiToken: r.multiToken,
    thresholdsDays: r.thresholdsDays,
    tokens: r.tokens.map((t) => ({ id: t.id, kind: t.kind, expiresAt: t.expiresAt?.toISOString() ?? null, enforced: t.tokenSet.enforceStatus === "ENFORCED", suffix: t.suffix })),
    readiness: readiness.get(r.id) ?? null,
    nextRotationAt: r.nextRotationAt?.toISOString() ?? null,
    activeRotation: r.activeRotation,
    openAlerts: alertCount.get(r.id) ?? 0,
    driftedTargets: driftCount.get(r.id) ?? 0,
  }));
  const rotations = tenants.filter((t) => t.activeRotation).length;
  return { generatedAt: now.toISOString(), tiles: overviewTiles(tenants, rotations, now), tenants: sortByUrgency(tenants, now).map((x) => x.tenant) };
}
