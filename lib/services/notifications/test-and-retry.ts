import "server-only";
// "Send a test" and "Retry" from the settings page: one attempt, inline, result shown to the admin.
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";
import { deliverNotification } from "./deliver";

export const SendTestInput = z.object({ channelId: z.string().min(1).max(64) });
export const RetryDeliveryInput = z.object({ deliveryId: z.string().regex(/^\d{1,18}$/) });

export interface AttemptResult {
  deliveryId: string;
  status: "SENT" | "FAILED" | "PENDING" | "CANCELLED";
  error: string | null;
}

/** Sends a test message on a channel now (disabled channels too: that is how you check one). */
export async function sendTestNotification({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof SendTestInput> }): Promise<AttemptResult> {
  requireAdmin(ctx);
  const channel = await ctx.db.notificationChannel.findUnique({ where: { id: input.channelId }, select: { id: true, name: true, tenantId: true, targetHint: true } });
  if (!channel) throw new NotFoundError();
  const delivery = await ctx.db.notificationDelivery.create({ data: { channelId: channel.id, purpose: "test" }, select: { id: true } });
  const result = await deliverNotification({ ctx, deliveryId: delivery.id, maxAttempts: 1 });
  const error = "error" in result ? result.error : null;
  await recordAudit(ctx, {
    action: "notification-channel.test",
    tenantId: channel.tenantId,
    targetType: "notification_channel",
    targetId: channel.id,
    outcome: result.outcome === "sent" ? "success" : "failure",
    summary: { name: channel.name, targetHint: channel.targetHint, deliveryId: delivery.id.toString(), error },
  });
  return { deliveryId: delivery.id.toString(), status: result.outcome === "sent" ? "SENT" : "FAILED", error };
}

/** Tries a FAILED delivery once more, now. */
export async function retryDelivery({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof RetryDeliveryInput> }): Promise<AttemptResult> {
  requireAdmin(ctx);
  const id = BigInt(input.deliveryId);
  const d = await ctx.db.notificationDelivery.findUnique({ where: { id }, select: { id: true, status: true, attempts: true, channel: { select: { id: true, tenantId: true, name: true } } } });
  if (!d) throw new NotFoundError();
  if (d.status !== "FAILED") throw new ConflictError("Only failed deliveries can be retried", "not_failed");
  await ctx.db.notificationDelivery.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING" } });
  const result = await deliverNotification({ ctx, deliveryId: id, maxAttempts: d.attempts + 1 });
  const after = await ctx.db.notificationDelivery.findUniqueOrThrow({ where: { id }, select: { status: true, lastError: true } });
  // Held (quiet or snoozed) goes back to FAILED rather than waiting unseen: the admin can retry later.
  if (after.status === "PENDING") {
    after.lastError = "Not sent now: the tenant is mid-rotation or the alert is snoozed";
    await ctx.db.notificationDelivery.update({ where: { id }, data: { status: "FAILED", lastError: after.lastError } });
  }
  await recordAudit(ctx, {
    action: "notification-delivery.retry",
    tenantId: d.channel.tenantId,
    targetType: "notification_delivery",
    targetId: input.deliveryId,
    outcome: result.outcome === "sent" ? "success" : "failure",
    summary: { channel: d.channel.name, outcome: result.outcome },
  });
  return { deliveryId: input.deliveryId, status: after.status === "PENDING" ? "FAILED" : after.status, error: after.lastError };
}
