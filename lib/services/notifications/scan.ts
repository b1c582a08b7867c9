import "server-only";
// The scheduled scan: raise (and resolve) countdown alerts for every tenant's current tokens, create
// one delivery per alert per channel, and escalate critical alerts nobody acknowledged. Idempotent:
// the unique keys (token, threshold) and (channel, alert, purpose) make a second scan a no-op, and
// concurrent scans cannot duplicate anything. Returns the deliveries the caller must queue.
import { channelsFor, escalationDue, isSnoozed, planAlerts, type ChannelRef } from "@/lib/domain/notifications";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";
import { notificationSettings } from "./config";

export interface ScanResult {
  raised: number;
  reopened: number;
  resolved: number;
  escalated: number;
  /** PENDING deliveries to queue: new ones, and held ones whose hold may be over */
  deliveryIds: bigint[];
}

/** A delivery still PENDING with no attempt after this long was held or lost: queue it again. */
const REQUEUE_AFTER_MS = 10 * 60_000;

/** Raises, resolves and escalates alerts as of `now`; see the file comment. */
export async function scanNotifications({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }): Promise<ScanResult> {
  requireAdmin(ctx);
  const db = ctx.db;
  const result: ScanResult = { raised: 0, reopened: 0, resolved: 0, escalated: 0, deliveryIds: [] };
  const tenants = await db.tenant.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      timeZone: true,
      thresholdsDays: true,
      activeRotation: { select: { id: true } },
      tokens: { where: { stage: "CURRENT", retiredAt: null }, select: { id: true, expiresAt: true } },
      alerts: { select: { id: true, tokenId: true, thresholdDays: true, resolvedAt: true } },
    },
  });

  for (const tenant of tenants) {
    const plan = planAlerts({
      tokens: tenant.tokens.map((t) => ({ id: t.id, expiresAt: t.expiresAt, active: true })),
      alerts: tenant.alerts.map((a) => ({ id: a.id, tokenId: a.tokenId, thresholdDays: a.thresholdDays, resolved: a.resolvedAt !== null })),
      now,
      timeZone: tenant.timeZone,
      thresholdsDays: tenant.thresholdsDays,
    });
    if (plan.raise.length + plan.reopen.length + plan.resolve.length === 0) continue;
    await db.$transaction(async (tx) => {
      if (plan.resolve.length) {
        const r = await tx.alert.updateMany({ where: { id: { in: plan.resolve.map((x) => x.alertId) }, resolvedAt: null }, data: { resolvedAt: now } });
        result.resolved += r.count;
      }
      for (const { alertId, level } of plan.reopen) {
        // Due again after an extension moved it out: a fresh alert under the same key, notified afresh.
        await tx.alert.update({ where: { id: alertId }, data: { level, resolvedAt: null, acknowledgedAt: null, acknowledgedById: null, snoozedUntil: null, escalatedAt: null, createdAt: now } });
        await tx.notificationDelivery.updateMany({ where: { alertId }, data: { status: "PENDING", attempts: 0, lastError: null, sentAt: null } });
        await tx.notificationDelivery.deleteMany({ where: { alertId, purpose: "escalation" } });
        result.reopened += 1;
      }
      if (plan.raise.length) {
        const r = await tx.alert.createMany({ data: plan.raise.map((a) => ({ tenantId: tenant.id, ...a, createdAt: now })), skipDuplicates: true });
        result.raised += r.count;
      }
    });
  }

  const channels: ChannelRef[] = await db.notificationChannel.findMany({ select: { id: true, tenantId: true, escalation: true, enabled: true } });
  const quiet = new Set(tenants.filter((t) => t.activeRotation).map((t) => t.id));
  const open = await db.alert.findMany({
    where: { resolvedAt: null, acknowledgedAt: null, tenant: { archivedAt: null } },
    select: { id: true, tenantId: true, level: true, createdAt: true, acknowledgedAt: true, snoozedUntil: true, escalatedAt: true, resolvedAt: true },
  });
  const { escalationDelayHours } = await notificationSettings(db);
  const rows: { channelId: string; alertId: string; purpose: string; createdAt: Date }[] = [];
  const escalate: string[] = [];
  const deliverable = new Set<string>();
  for (const alert of open) {
    if (quiet.has(alert.tenantId) || isSnoozed(alert, now)) continue;
    deliverable.add(alert.id);
    for (const channelId of channelsFor(channels, alert.tenantId, "alert")) rows.push({ channelId, alertId: alert.id, purpose: "alert", createdAt: now });
    if (escalationDue({ alert, now, quiet: false, delayHours: escalationDelayHours })) {
      const targets = channelsFor(channels, alert.tenantId, "escalation");
      if (targets.length === 0) continue;
      for (const channelId of targets) rows.push({ channelId, alertId: alert.id, purpose: "escalation", createdAt: now });
      escalate.push(alert.id);
    }
  }
  const created = rows.length ? await db.notificationDelivery.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } }) : [];
  if (escalate.length) result.escalated = (await db.alert.updateMany({ where: { id: { in: escalate }, escalatedAt: null }, data: { escalatedAt: now } })).count;

  // Held earlier (mid-rotation, snoozed) or lost with a worker: queue again once their alert may go out.
  const stale = await db.notificationDelivery.findMany({
    where: { status: "PENDING", attempts: 0, alertId: { in: [...deliverable] }, createdAt: { lt: new Date(now.getTime() - REQUEUE_AFTER_MS) } },
    select: { id: true },
  });
  result.deliveryIds = [...new Set([...created, ...stale].map((d) => d.id))];
  return result;
}
