import "server-only";
// Runs the registered jobs in this process: one pg-boss worker per queue, cron schedules put in
// place. Started from instrumentation.ts when the server boots (unless JOBS_DISABLED).
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { ensureQueue } from "@/lib/jobs/queue";
import { ALL_JOBS } from "@/lib/jobs/registry";
import type { AnyJobDefinition, JobDefinition, JobMeta } from "@/lib/jobs/types";
import { logger } from "@/lib/server/logger";

/** Validates the data and runs the handler inline (tests, and "run now" buttons that must wait). */
export async function runJobNow<T>(def: JobDefinition<T>, data: T, meta: Partial<JobMeta> = {}): Promise<void> {
  await def.handler(def.schema.parse(data), { jobId: meta.jobId ?? "inline", attempt: meta.attempt ?? 1 });
}

/** Starts workers (and schedules) for `jobs`; returns a function that stops them. */
export async function startJobWorker(jobs: AnyJobDefinition[] = ALL_JOBS, options: { pollingIntervalSeconds?: number } = {}): Promise<() => Promise<void>> {
  const boss = await getBoss();
  const ids: string[] = [];
  for (const def of jobs) {
    await ensureQueue(def);
    const log = logger.child({ job: def.name });
    const concurrency = Math.max(1, def.concurrency ?? 1);
    for (let i = 0; i < concurrency; i++) {
      ids.push(
        await boss.work(def.name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
          if (!job) return;
          const started = Date.now();
          const parsed = def.schema.safeParse(job.data);
          if (!parsed.success) {
            // Retrying cannot fix bad data: fail once, loudly, and let pg-boss keep the record.
            log.error({ jobId: job.id, issues: parsed.error.issues.map((i) => i.path.join(".") + ": " + i.message) }, "job data rejected");
            throw new Error(`invalid data for ${def.name}`);
          }
          try {
            await def.handler(parsed.data, { jobId: job.id, attempt: job.retryCount + 1 });
            log.debug({ jobId: job.id, ms: Date.now() - started }, "job done");
          } catch (error) {
            log.warn({ jobId: job.id, attempt: job.retryCount + 1, err: error instanceof Error ? error.message : String(error) }, "job failed");
            throw error;
          }
        }),
      );
    }
    if (def.cron) await boss.schedule(def.name, def.cron, (def.cronData ?? {}) as object, { tz: "UTC" });
  }
  return async () => {
    await Promise.all(ids.map((id) => boss.offWork({ id })));
  };
}

/** Stops the worker and pg-boss (graceful). */
export async function stopJobWorker(): Promise<void> {
  await stopBoss();
}
