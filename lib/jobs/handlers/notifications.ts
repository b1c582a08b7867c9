import "server-only";
// Notification jobs. The scan runs every 5 minutes: it raises and resolves countdown alerts, creates
// deliveries, and is also the escalation check (a critical alert unacknowledged past the delay gets
// its escalation deliveries on the next scan after the delay). Each delivery is its own job, retried
// by pg-boss with exponential backoff (1, 2, 4, 8 minutes); the delivery row records every attempt.
import { z } from "zod";
import { enqueue } from "@/lib/jobs/queue";
import { defineJob } from "@/lib/jobs/types";
import { systemContext } from "@/lib/server/context";
import { deliverNotification, MAX_ATTEMPTS } from "@/lib/services/notifications/deliver";
import { scanNotifications, type ScanResult } from "@/lib/services/notifications/scan";

export const notificationDeliverJob = defineJob({
  name: "notifications.deliver",
  schema: z.object({ deliveryId: z.string().regex(/^\d{1,18}$/) }),
  // MAX_ATTEMPTS runs in all: the first and MAX_ATTEMPTS - 1 retries.
  retryLimit: MAX_ATTEMPTS - 1,
  retryDelaySeconds: 60,
  expireInSeconds: 120,
  // One queued job per delivery: a scan that queues a held delivery again does not double it.
  policy: "short",
  concurrency: 2,
  handler: async ({ deliveryId }) => {
    const result = await deliverNotification({ ctx: systemContext("notifications"), deliveryId: BigInt(deliveryId) });
    // Throwing hands the retry (with backoff) to pg-boss; the error is already masked and recorded.
    if (result.outcome === "retry") throw new Error(`delivery ${deliveryId} failed (attempt ${result.attempts}): ${result.error}`);
  },
});

/** Queues one delivery job per delivery the scan asked for. */
export async function queueDeliveries(ids: readonly bigint[]): Promise<void> {
  for (const id of ids) await enqueue(notificationDeliverJob, { deliveryId: id.toString() }, { singletonKey: `delivery:${id}` });
}

/** The scan plus queueing its deliveries: what the schedule and the "Scan now" button run. */
export async function scanAndQueue(now = new Date()): Promise<ScanResult> {
  const result = await scanNotifications({ ctx: systemContext("notifications"), now });
  await queueDeliveries(result.deliveryIds);
  return result;
}

export const notificationScanJob = defineJob({
  name: "notifications.scan",
  schema: z.object({}),
  cron: "*/5 * * * *",
  cronData: {},
  retryLimit: 1,
  expireInSeconds: 300,
  // A scan that is still queued makes another one pointless.
  policy: "short",
  handler: async () => {
    await scanAndQueue();
  },
});

export const notificationJobs = [notificationScanJob, notificationDeliverJob];
