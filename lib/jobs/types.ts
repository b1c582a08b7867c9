// What a background job is: a name, the zod schema of its data, and a plain async handler.
// Handlers are service functions that tests call directly; pg-boss only schedules and retries them.
import type { z } from "zod";

export interface JobMeta {
  jobId: string;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
}

export interface JobDefinition<T> {
  /** pg-boss queue name: letters, digits, dots, dashes, underscores (e.g. "notifications.scan"). */
  name: string;
  schema: z.ZodType<T>;
  handler: (data: T, meta: JobMeta) => Promise<void>;
  /** A cron schedule (UTC, 5 fields) on which the job is sent with `cronData`. */
  cron?: string;
  cronData?: T;
  /** Retries after a failure (default 3), the first delay (default 30 s, doubled each time). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one run may take before pg-boss fails it (default 15 min). */
  expireInSeconds?: number;
  /**
   * pg-boss queue policy (default "standard"). With "stately", at most one job per singleton key is
   * queued and one is active (e.g. one device sync per tenant); "short": one queued per key.
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** How many of this job one worker runs at once (default 1). */
  concurrency?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds definitions of every data type
export type AnyJobDefinition = JobDefinition<any>;

/** Declares a job with its data type inferred from the schema. */
export function defineJob<S extends z.ZodType>(def: Omit<JobDefinition<z.output<S>>, "schema"> & { schema: S }): JobDefinition<z.output<S>> {
  return def as JobDefinition<z.output<S>>;
}
