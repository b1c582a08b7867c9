// pg-boss on the app's own pool and database: a queued job runs once, with validated data; bad data
// is refused at the door; a failing job is retried; a singleton key holds one job at a time.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { enqueue } from "@/lib/jobs/queue";
import { defineJob } from "@/lib/jobs/types";
import { runJobNow, startJobWorker, stopJobWorker } from "@/lib/jobs/worker";

const runs: { key: string; attempt: number }[] = [];
const record = defineJob({
  name: "test.record",
  schema: z.object({ key: z.string().min(1) }),
  handler: async ({ key }, { attempt }) => {
    runs.push({ key, attempt });
    await db().appSetting.create({ data: { key: `job-test-${key}`, value: { attempt } } });
  },
});
const flaky = defineJob({
  name: "test.flaky",
  schema: z.object({ key: z.string() }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  handler: async ({ key }, { attempt }) => {
    runs.push({ key, attempt });
    if (attempt < 2) throw new Error("first try fails");
  },
});

let stop: () => Promise<void>;
beforeAll(async () => {
  stop = await startJobWorker([record, flaky], { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stop();
  await stopJobWorker();
});

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("background jobs", () => {
  it("runs a queued job once, on the app's database", async () => {
    const key = randomUUID();
    expect(await enqueue(record, { key })).toEqual(expect.any(String));
    const row = await until(() => db().appSetting.findUnique({ where: { key: `job-test-${key}` } }).then((r) => r ?? undefined));
    expect(row.value).toEqual({ attempt: 1 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(runs.filter((r) => r.key === key)).toHaveLength(1);
  });

  it("refuses data that does not match the job's schema, before queueing", async () => {
    await expect(enqueue(record, { key: "" })).rejects.toThrow();
  });

  it("retries a failing job", async () => {
    const key = randomUUID();
    await enqueue(flaky, { key });
    await until(() => (runs.filter((r) => r.key === key).length >= 2 ? true : undefined));
    expect(runs.filter((r) => r.key === key).map((r) => r.attempt)).toEqual([1, 2]);
  });

  it("holds one queued job per singleton key", async () => {
    const name = `test.single-${randomUUID().slice(0, 8)}`;
    const single = defineJob({ name, policy: "stately", schema: z.object({}), handler: async () => {} });
    const first = await enqueue(single, {}, { singletonKey: "tenant-1", startAfter: new Date(Date.now() + 60_000) });
    const second = await enqueue(single, {}, { singletonKey: "tenant-1", startAfter: new Date(Date.now() + 60_000) });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });

  it("runs a handler inline with validated data", async () => {
    const key = randomUUID();
    await runJobNow(record, { key });
    expect(await db().appSetting.findUnique({ where: { key: `job-test-${key}` } })).not.toBeNull();
    await expect(runJobNow(record, { key: "" })).rejects.toThrow();
  });
});
