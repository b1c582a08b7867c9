import "server-only";
// Sends one NotificationDelivery. The job queue calls it once per attempt (pg-boss retries with
// backoff when it throws); "send a test" and "retry" call it inline so the admin sees the result.
// Before sending it re-checks the alert: acknowledged or resolved since → CANCELLED; the tenant is
// mid-rotation or the alert snoozed → held (still PENDING; the next scan queues it again).
// An attempt is claimed with a conditional update on `attempts`, so two workers never both send it.
import { deliveryDisposition, type DeliveryPurpose } from "@/lib/domain/notifications";
import { messageModel } from "@/lib/domain/notifications-message";
import { SendError } from "@/lib/notifications/errors";
import { sendNotification } from "@/lib/notifications/send";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt } from "@/lib/server/crypto";
import { logger } from "@/lib/server/logger";
import { appUrl, smtpConfig } from "./config";

/** Attempts per delivery before it is marked FAILED (the first try and 4 retries). */
export const MAX_ATTEMPTS = 5;

export type DeliveryOutcome =
  | { outcome: "sent"; attempts: number }
  | { outcome: "retry" | "failed"; attempts: number; error: string }
  | { outcome: "held" | "cancelled" | "skipped"; attempts: number };

const tenantSelect = { id: true, name: true, slug: true, timeZone: true, activeRotation: { select: { id: true } } } as const;

/** One attempt at one delivery. Never throws for a failed send: the outcome says what happened. */
export async function deliverNotification({ ctx, deliveryId, now = new Date(), maxAttempts = MAX_ATTEMPTS }: { ctx: ServiceContext; deliveryId: bigint; now?: Date; maxAttempts?: number }): Promise<DeliveryOutcome> {
  const d = await ctx.db.notificationDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      channel: { include: { tenant: { select: tenantSelect } } },
      alert: { include: { token: { select: { kind: true, fingerprint: true, expiresAt: true } }, tenant: { select: tenantSelect } } },
    },
  });
  if (!d || d.status !== "PENDING") return { outcome: "skipped", attempts: d?.attempts ?? 0 };
  const purpose = d.purpose as DeliveryPurpose;
  const tenant = d.alert?.tenant ?? d.channel.tenant ?? null;
  const disposition = !d.channel.enabled && purpose !== "test" ? "cancel" : deliveryDisposition({ purpose, alert: d.alert, now, quiet: Boolean(tenant?.activeRotation) });
  if (disposition === "hold") return { outcome: "held", attempts: d.attempts };
  if (disposition === "cancel" || (d.alert && !d.alert.token.expiresAt)) {
    const why = !d.channel.enabled ? "the channel is disabled" : d.alert?.acknowledgedAt ? "the alert was acknowledged" : "the alert no longer applies";
    await ctx.db.notificationDelivery.updateMany({ where: { id: d.id, status: "PENDING" }, data: { status: "CANCELLED", lastError: `Not sent: ${why}` } });
    return { outcome: "cancelled", attempts: d.attempts };
  }

  const claimed = await ctx.db.notificationDelivery.updateMany({ where: { id: d.id, status: "PENDING", attempts: d.attempts }, data: { attempts: { increment: 1 } } });
  if (claimed.count === 0) return { outcome: "skipped", attempts: d.attempts };
  const attempts = d.attempts + 1;

  const model = messageModel({
    purpose,
    now,
    appUrl: appUrl(),
    tenant: tenant ? { id: tenant.id, name: tenant.name, slug: tenant.slug, timeZone: tenant.timeZone } : null,
    alert: d.alert ? { id: d.alert.id, level: d.alert.level, thresholdDays: d.alert.thresholdDays, createdAt: d.alert.createdAt, token: { kind: d.alert.token.kind, fingerprint: d.alert.token.fingerprint, expiresAt: d.alert.token.expiresAt! } } : null,
  });
  try {
    await sendNotification({ channel: d.channel, target: decrypt(d.channel.encryptedTarget), model, deliveryId: d.id.toString(), now, smtp: smtpConfig() });
  } catch (e) {
    const error = e instanceof SendError ? e.message : "Could not send (internal error; see the server log)";
    if (!(e instanceof SendError)) logger.error({ err: e, deliveryId: d.id.toString() }, "notification send crashed");
    const final = attempts >= maxAttempts;
    await ctx.db.notificationDelivery.update({ where: { id: d.id }, data: { lastError: error, status: final ? "FAILED" : "PENDING" } });
    logger.warn({ deliveryId: d.id.toString(), channelId: d.channel.id, kind: d.channel.kind, attempts, error }, final ? "notification failed for good" : "notification failed, will retry");
    return { outcome: final ? "failed" : "retry", attempts, error };
  }
  await ctx.db.notificationDelivery.update({ where: { id: d.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
  return { outcome: "sent", attempts };
}
