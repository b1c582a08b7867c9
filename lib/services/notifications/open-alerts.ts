import "server-only";
// Open alerts per tenant for the overview and the countdown banner: unresolved and unacknowledged,
// of the tenants the actor may see, counted by level. Snoozed ones are counted apart.
import { LEVEL_ORDER, type AlertLevel } from "@/lib/domain/notifications";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

export interface OpenAlertCounts {
  tenantId: string;
  /** open (not snoozed) alerts */
  open: number;
  snoozed: number;
  byLevel: Record<AlertLevel, number>;
  /** the most severe open level, null when only snoozed ones remain */
  highest: AlertLevel | null;
}

/** Counts by tenant; tenants without open alerts are absent. */
export async function openAlertsByTenant(ctx: ServiceContext, now = new Date()): Promise<Map<string, OpenAlertCounts>> {
  const rows = await ctx.db.alert.findMany({
    where: { resolvedAt: null, acknowledgedAt: null, tenant: tenantScope(ctx) },
    select: { tenantId: true, level: true, snoozedUntil: true },
  });
  const out = new Map<string, OpenAlertCounts>();
  for (const r of rows) {
    const c = out.get(r.tenantId) ?? { tenantId: r.tenantId, open: 0, snoozed: 0, byLevel: { NOTICE: 0, WARNING: 0, CRITICAL: 0, EXPIRED: 0 }, highest: null };
    if (r.snoozedUntil && r.snoozedUntil > now) c.snoozed += 1;
    else {
      c.open += 1;
      c.byLevel[r.level] += 1;
      if (!c.highest || LEVEL_ORDER[r.level] > LEVEL_ORDER[c.highest]) c.highest = r.level;
    }
    out.set(r.tenantId, c);
  }
  return out;
}
