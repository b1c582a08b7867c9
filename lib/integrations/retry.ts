// Retry policy: exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff
// And Jitter"), bounded by attempts AND by total time spent waiting, so a server action never hangs
// for minutes. Netskope's own SDK honours Retry-After up to 300 s [sdk]; we honour it only while it
// fits the remaining budget and otherwise fail fast with `retryAfterMs`, so a job can reschedule.

export interface RetryPolicy {
  /** Total tries including the first. */
  maxAttempts: number;
  /** Backoff base: try n waits uniform(0, min(maxDelayMs, baseDelayMs * 2^(n-1))). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Sum of every wait of one call; a wait that would exceed it ends the call instead. */
  maxTotalWaitMs: number;
}

/**
 * The default budget: 5 attempts, at most 60 s of waiting in total. Without server hints the four
 * backoff waits are uniform in [0, 0.5], [0, 1], [0, 2] and [0, 4] s (at most 7.5 s together);
 * a Retry-After / RateLimit-Reset hint is honoured in full while it fits the 60 s.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxTotalWaitMs: 60_000,
};

/** Full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))]. `attempt` is the try that failed (1-based). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as delta-seconds or an HTTP-date (RFC 9110 10.2.3), in ms from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `RateLimit-Reset` in ms from `now`. Netskope documents it in seconds until the reset [doc]; some
 * gateways send an epoch timestamp instead, so a value past 10^9 is read as epoch seconds [guess].
 */
export function parseRateLimitReset(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return seconds > 1e9 ? Math.max(0, seconds * 1000 - now) : Math.round(seconds * 1000);
}

/** 429 and 5xx other than 501 (not implemented) and 505 are worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
