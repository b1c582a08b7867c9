// Time is injected so retry and rate-limit tests run in microseconds, not minutes.
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1): the jitter source. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};

export interface FakeClock extends Clock {
  /** Every sleep requested, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/** A clock whose sleeps return at once and move `now()` forward; `random` is fixed or scripted. */
export function createFakeClock(start = 1_700_000_000_000, random: () => number = () => 0.5): FakeClock {
  let current = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => current,
    random,
    advance(ms) {
      current += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      current += Math.max(0, ms);
      await Promise.resolve();
    },
  };
}
