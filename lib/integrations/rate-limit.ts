// Client-side limits, so we stay under each vendor's limit instead of bouncing off it:
// - Netskope: 4 requests/s per endpoint [doc: data-export]; we apply it to every endpoint, keyed by
//   path template. A sliding window (never more than N starts in any window) is safe whatever
//   algorithm the server uses, where a token bucket could burst past a sliding-window server.
// - Netskope v1: 24 requests per 5 s [doc].
// - Jamf: at most 5 concurrent connections [doc: Jamf's guidance; Jamf has no rate limit].
// - Graph: Intune writes 200 per 20 s per app per tenant [doc]; after a 429 the whole service
//   pauses for Retry-After (Graph throttles per app, not per URL).
import type { Clock } from "./clock";

export interface Window {
  limit: number;
  windowMs: number;
}

export interface LimiterOptions {
  /** Applied to each key separately. */
  perKey?: Window;
  /** Applied across all keys. */
  global?: Window;
  /** Applied across all keys to writes only. */
  writes?: Window;
  maxConcurrent?: number;
}

export type Release = () => void;

export interface RateLimiter {
  /** Waits for a slot; call the returned function when the request is over. */
  acquire(key: string, options: { write: boolean; signal?: AbortSignal }): Promise<Release>;
  /** No request for `key` starts before `untilMs`; key "*" pauses every key. */
  pause(key: string, untilMs: number): void;
}

class SlidingWindow {
  readonly #starts: number[] = [];
  constructor(readonly window: Window) {}

  /** ms to wait before one more start is allowed at `now` (0 = go). */
  waitAt(now: number): number {
    while (this.#starts.length > 0 && (this.#starts[0] ?? 0) <= now - this.window.windowMs) this.#starts.shift();
    if (this.#starts.length < this.window.limit) return 0;
    return (this.#starts[0] ?? now) + this.window.windowMs - now;
  }

  record(now: number): void {
    this.#starts.push(now);
  }
}

export function createRateLimiter(clock: Clock, options: LimiterOptions = {}): RateLimiter {
  const perKey = new Map<string, SlidingWindow>();
  const global = options.global ? new SlidingWindow(options.global) : undefined;
  const writes = options.writes ? new SlidingWindow(options.writes) : undefined;
  const pausedUntil = new Map<string, number>();
  const waiters: Array<() => void> = [];
  let active = 0;

  const windowsFor = (key: string, write: boolean): SlidingWindow[] => {
    const out: SlidingWindow[] = [];
    if (options.perKey) {
      let window = perKey.get(key);
      if (!window) perKey.set(key, (window = new SlidingWindow(options.perKey)));
      out.push(window);
    }
    if (global) out.push(global);
    if (write && writes) out.push(writes);
    return out;
  };

  const takeConcurrencySlot = async (signal?: AbortSignal): Promise<void> => {
    const max = options.maxConcurrent;
    if (max === undefined || active < max) {
      active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = waiters.indexOf(grant);
        if (index >= 0) waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      waiters.push(grant);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  const release = (): void => {
    const next = waiters.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else active--;
  };

  return {
    pause(key, untilMs) {
      pausedUntil.set(key, Math.max(pausedUntil.get(key) ?? 0, untilMs));
    },
    async acquire(key, { write, signal }) {
      const windows = windowsFor(key, write);
      for (;;) {
        signal?.throwIfAborted();
        const now = clock.now();
        const pause = Math.max(pausedUntil.get(key) ?? 0, pausedUntil.get("*") ?? 0) - now;
        const wait = Math.max(pause, ...windows.map((window) => window.waitAt(now)));
        if (wait <= 0) {
          for (const window of windows) window.record(now);
          break;
        }
        await clock.sleep(wait, signal);
      }
      await takeConcurrencySlot(signal);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}
