import "server-only";
// Countdowns of the live tokens (current and pending) of the visible tenants, or of one tenant.
import { computeCountdown } from "@/lib/domain/countdown";
import { tenantThresholds } from "@/lib/domain/urgency";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";
import type { ApiCountdown } from "./schemas";

/** Soonest expiry first. */
export async function listApiCountdowns({ ctx, tenantId, now = new Date() }: { ctx: ServiceContext; tenantId?: string; now?: Date }): Promise<ApiCountdown[]> {
  if (tenantId) await getTenantOrThrow(ctx, tenantId);
  const tenants = await ctx.db.tenant.findMany({
    where: { ...tenantScope(ctx), ...(tenantId ? { id: tenantId } : {}) },
    select: {
      id: true,
      name: true,
      timeZone: true,
      thresholdsDays: true,
      tokens: { where: { stage: { in: ["CURRENT", "PENDING"] }, expiresAt: { not: null } }, select: { id: true, kind: true, stage: true, expiresAt: true } },
    },
  });
  return tenants
    .flatMap((t) => {
      const thresholds = tenantThresholds(t.thresholdsDays);
      return t.tokens.map((k) => {
        const c = computeCountdown({ expiresAt: k.expiresAt!, now, timeZone: t.timeZone, thresholds });
        return {
          tenantId: t.id,
          tenantName: t.name,
          timeZone: t.timeZone,
          tokenId: k.id,
          kind: k.kind,
          stage: k.stage,
          expiresAt: k.expiresAt!.toISOString(),
          expired: c.expired,
          days: c.days,
          hours: c.hours,
          calendarDaysLeft: c.calendarDaysLeft,
          level: c.level,
          thresholdDays: c.threshold?.days ?? null,
        };
      });
    })
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt) || a.tenantName.localeCompare(b.tenantName));
}
