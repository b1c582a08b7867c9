// The notification jobs on the real pg-boss: the scheduled scan's handler queues one delivery job per
// channel and the worker sends it; a failing webhook is retried by pg-boss with backoff, every attempt
// recorded on the delivery, until it is FAILED.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "@/lib/jobs/queue";
import { runJobNow, startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { systemContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { createChannel } from "@/lib/services/notifications/channels";
import { createTenant } from "@/lib/testing/people";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { notificationDeliverJob, notificationScanJob } from "./notifications";

// The production job with a 1-second first retry delay instead of a minute.
const fastDeliver = { ...notificationDeliverJob, name: "test.notifications.deliver", retryDelaySeconds: 1 };
let receiver: WebhookReceiver;
let stop: () => Promise<void>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  stop = await startJobWorker([notificationDeliverJob, fastDeliver], { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stop?.();
  await stopJobWorker();
  await receiver?.close();
});

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function tenantWithToken(daysLeft: number) {
  const tenant = await createTenant("Jobs");
  const set = await db().tokenSet.create({ data: { tenantId: tenant.id } });
  const value = randomBytes(24).toString("hex");
  await db().token.create({ data: { tenantId: tenant.id, tokenSetId: set.id, kind: "AUTH", encryptedValue: encrypt(value), fingerprint: fingerprint(value), expiresAt: new Date(Date.now() + daysLeft * 86_400_000) } });
  return tenant;
}

const hookChannel = (tenantId: string, target: string) =>
  createChannel({ ctx: systemContext("test"), input: { kind: "WEBHOOK", name: `jobs-${randomBytes(3).toString("hex")}`, tenantId, target, escalation: false, enabled: true, locale: "en" } });

describe("notification jobs", () => {
  it("the scan job queues a delivery job that the worker sends", async () => {
    const tenant = await tenantWithToken(20);
    const path = `/jobs-${randomBytes(3).toString("hex")}/`;
    const channel = await hookChannel(tenant.id, `${receiver.url}${path}x`);
    await runJobNow(notificationScanJob, {});
    const delivery = await until(async () => (await db().notificationDelivery.findFirst({ where: { channelId: channel.id, alert: { tenantId: tenant.id }, status: "SENT" } })) ?? undefined);
    expect(delivery.attempts).toBe(1);
    expect(receiver.on(path)).toHaveLength(1);
    expect(receiver.on(path)[0]!.body).toMatchObject({ event: "alert.raised", level: "notice" });
  });

  it("a failing webhook is retried by pg-boss, each attempt recorded, then FAILED", { timeout: 60_000 }, async () => {
    const tenant = await tenantWithToken(20);
    const channel = await hookChannel(tenant.id, `${receiver.url}/status/503/${randomBytes(6).toString("hex")}`);
    // The scan without its queueing: this test queues on the fast-retry copy of the job.
    const { scanNotifications } = await import("@/lib/services/notifications/scan");
    await scanNotifications({ ctx: systemContext("test") });
    // Only this channel's delivery: channels for all tenants left by other test files also get one.
    const queued = await db().notificationDelivery.findFirstOrThrow({ where: { channelId: channel.id, alert: { tenantId: tenant.id } } });
    await enqueue(fastDeliver, { deliveryId: queued.id.toString() });
    const failed = await until(async () => (await db().notificationDelivery.findFirst({ where: { id: queued.id, status: "FAILED" } })) ?? undefined, 50_000);
    expect(failed.attempts).toBe(5);
    expect(failed.lastError).toMatch(/^HTTP 503/);
  });
});
