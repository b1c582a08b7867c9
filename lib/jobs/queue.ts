import "server-only";
// Sending jobs. The data is validated against the job's schema here, before it is stored, so a
// worker never meets data it cannot read.
import { getBoss } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/types";

const ensured = new Set<string>();

/** Creates the job's queue with its retry policy (idempotent; once per process per queue). */
export async function ensureQueue(def: JobDefinition<unknown>): Promise<void> {
  if (ensured.has(def.name)) return;
  const boss = await getBoss();
  await boss.createQueue(def.name, {
    name: def.name,
    policy: def.policy ?? "standard",
    retryLimit: def.retryLimit ?? 3,
    retryDelay: def.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: def.expireInSeconds ?? 15 * 60,
  });
  ensured.add(def.name);
}

export interface EnqueueOptions {
  /** With the job's policy "stately" or "short": at most one queued job per key (e.g. one sync per tenant). */
  singletonKey?: string;
  startAfter?: Date;
}

/** Queues a job; returns its id, or null when a job with the same singleton key is already queued. */
export async function enqueue<T>(def: JobDefinition<T>, data: T, options: EnqueueOptions = {}): Promise<string | null> {
  const parsed = def.schema.parse(data);
  await ensureQueue(def as JobDefinition<unknown>);
  const boss = await getBoss();
  return boss.send(def.name, parsed as object, {
    singletonKey: options.singletonKey,
    startAfter: options.startAfter,
    retryLimit: def.retryLimit ?? 3,
    retryDelay: def.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: def.expireInSeconds ?? 15 * 60,
  });
}

/** Forgets which queues exist (tests that start a fresh pg-boss on another database). */
export function resetEnsuredQueues(): void {
  ensured.clear();
}
