import "server-only";
// The data behind /api/metrics, for the tenants the caller may see (API keys and admins: all).
import { computeCountdown } from "@/lib/domain/countdown";
import { tenantThresholds } from "@/lib/domain/urgency";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";
import type { MetricsSnapshot } from "./exposition";

/** One query per table; a few hundred rows at most for any realistic installation. */
export async function collectMetrics({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }): Promise<MetricsSnapshot> {
  const tenants = await ctx.db.tenant.findMany({
    where: tenantScope(ctx),
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      timeZone: true,
      seState: true,
      nextRotationAt: true,
      thresholdsDays: true,
      tokens: { where: { stage: { in: ["CURRENT", "PENDING"] } }, select: { kind: true, stage: true, expiresAt: true, tokenSet: { select: { id: true, vendorTokenSetId: true } } } },
      tokenSets: { where: { deletedAt: null, stage: { in: ["CURRENT", "PENDING"] } }, select: { id: true, vendorTokenSetId: true, enforceStatus: true } },
    },
  });
  const ids = tenants.map((t) => t.id);
  const slug = new Map(tenants.map((t) => [t.id, t.slug]));
  const seesAll = ctx.actor.type !== "user" || ctx.actor.role === "ADMIN";
  const [readiness, failed, alerts] = await Promise.all([
    ctx.db.readinessSnapshot.findMany({
      where: { tenantId: { in: ids } },
      orderBy: [{ tenantId: "asc" }, { change: "asc" }, { takenAt: "desc" }],
      distinct: ["tenantId", "change"],
      select: { tenantId: true, change: true, devices: true, refused: true, takenAt: true },
    }),
    ctx.db.notificationDelivery.findMany({
      where: { status: "FAILED", channel: seesAll ? {} : { tenantId: { in: ids } } },
      select: { channel: { select: { kind: true } } },
    }),
    ctx.db.alert.groupBy({ by: ["tenantId", "level"], where: { tenantId: { in: ids }, resolvedAt: null }, _count: { _all: true } }),
  ]);
  const setName = (s: { id: string; vendorTokenSetId: string | null }) => s.vendorTokenSetId ?? s.id.slice(-6);
  const failedByKind = new Map<string, number>();
  for (const d of failed) failedByKind.set(d.channel.kind, (failedByKind.get(d.channel.kind) ?? 0) + 1);
  return {
    tokens: tenants.flatMap((t) => {
      const thresholds = tenantThresholds(t.thresholdsDays);
      return t.tokens.map((k) => ({
        tenant: t.slug,
        kind: k.kind,
        stage: k.stage,
        tokenSet: setName(k.tokenSet),
        expiresAt: k.expiresAt,
        daysLeft: k.expiresAt ? computeCountdown({ expiresAt: k.expiresAt, now, timeZone: t.timeZone, thresholds }).calendarDaysLeft : null,
      }));
    }),
    tokenSets: tenants.flatMap((t) => t.tokenSets.map((s) => ({ tenant: t.slug, tokenSet: setName(s), enforced: s.enforceStatus === "ENFORCED" }))),
    tenants: tenants.map((t) => ({ tenant: t.slug, state: t.seState, nextRotationAt: t.nextRotationAt })),
    readiness: readiness.map((r) => ({ tenant: slug.get(r.tenantId)!, change: r.change, devices: r.devices, refused: r.refused, takenAt: r.takenAt })),
    failedDeliveries: [...failedByKind].map(([channelKind, count]) => ({ channelKind, count })),
    openAlerts: alerts.map((a) => ({ tenant: slug.get(a.tenantId)!, level: a.level, count: a._count._all })),
  };
}
