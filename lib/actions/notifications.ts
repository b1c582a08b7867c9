"use server";
// Notification channels, tests, retries and the scan (admins); acknowledging and snoozing alerts
// (operators on the alert's tenant).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { scanAndQueue } from "@/lib/jobs/handlers/notifications";
import { defineAction } from "@/lib/server/action-client";
import { recordAudit } from "@/lib/server/audit";
import { acknowledgeAlert, AlertRef, snoozeAlert, SnoozeAlertInput } from "@/lib/services/notifications/alerts";
import { ChannelRef, createChannel, CreateChannelInput, deleteChannel, updateChannel, UpdateChannelInput } from "@/lib/services/notifications/channels";
import { retryDelivery, RetryDeliveryInput, sendTestNotification, SendTestInput } from "@/lib/services/notifications/test-and-retry";
import { requireAdmin } from "@/lib/services/scope";

const SETTINGS = "/settings/notifications";

/** Adds a channel. */
export const createChannelAction = defineAction({ name: "createChannelAction", role: "ADMIN" }, CreateChannelInput, async ({ ctx, input }) => {
  const created = await createChannel({ ctx, input });
  revalidatePath(SETTINGS);
  return { id: created.id };
});

/** Changes a channel (a blank destination keeps the stored one). */
export const updateChannelAction = defineAction({ name: "updateChannelAction", role: "ADMIN" }, UpdateChannelInput, async ({ ctx, input }) => {
  await updateChannel({ ctx, input });
  revalidatePath(SETTINGS);
  return { ok: true };
});

/** Deletes a channel and its delivery log. */
export const deleteChannelAction = defineAction({ name: "deleteChannelAction", role: "ADMIN" }, ChannelRef, async ({ ctx, input }) => {
  await deleteChannel({ ctx, input });
  revalidatePath(SETTINGS);
  return { ok: true };
});

/** Sends a test on a channel now and returns the result. */
export const sendTestNotificationAction = defineAction({ name: "sendTestNotificationAction", role: "ADMIN" }, SendTestInput, async ({ ctx, input }) => {
  const result = await sendTestNotification({ ctx, input });
  revalidatePath(SETTINGS);
  return result;
});

/** Tries a failed delivery once more, now. */
export const retryDeliveryAction = defineAction({ name: "retryDeliveryAction", role: "ADMIN" }, RetryDeliveryInput, async ({ ctx, input }) => {
  const result = await retryDelivery({ ctx, input });
  revalidatePath(SETTINGS);
  return result;
});

/** Runs the scheduled scan now (raise, resolve, escalate) and queues its deliveries. */
export const scanNotificationsNowAction = defineAction({ name: "scanNotificationsNowAction", role: "ADMIN" }, z.object({}), async ({ ctx }) => {
  requireAdmin(ctx);
  const result = await scanAndQueue();
  const summary = { raised: result.raised, reopened: result.reopened, resolved: result.resolved, escalated: result.escalated, deliveries: result.deliveryIds.length };
  await recordAudit(ctx, { action: "notifications.scan", summary });
  revalidatePath(SETTINGS);
  revalidatePath("/alerts");
  return summary;
});

/** Acknowledges an alert: its escalation stops. */
export const acknowledgeAlertAction = defineAction({ name: "acknowledgeAlertAction", role: "OPERATOR", tenantScoped: true }, AlertRef, async ({ ctx, input }) => {
  await acknowledgeAlert({ ctx, input });
  revalidatePath("/alerts");
  return { ok: true };
});

/** Snoozes an alert for 1, 3 or 7 days, or until a date in the tenant's zone. */
export const snoozeAlertAction = defineAction({ name: "snoozeAlertAction", role: "OPERATOR", tenantScoped: true }, SnoozeAlertInput, async ({ ctx, input }) => {
  const { snoozedUntil } = await snoozeAlert({ ctx, input });
  revalidatePath("/alerts");
  return { snoozedUntil: snoozedUntil.toISOString() };
});
