import "server-only";
// A fixed-window limiter per key, in this process's memory. Enough for the public, stateless what-if
// endpoints (each instance limits on its own; the limit is a courtesy, not a security boundary).
const windows = new Map<string, { start: number; count: number }>();
const MAX_KEYS = 10_000;

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** Counts one request for `key` in a window of `windowMs`; refuses past `limit`. */
export function rateLimit(key: string, limit: number, windowMs: number, now = Date.now()): RateDecision {
  let w = windows.get(key);
  if (!w || now - w.start >= windowMs) {
    if (windows.size >= MAX_KEYS) windows.clear(); // bounded memory under a flood of distinct keys
    w = { start: now, count: 0 };
    windows.set(key, w);
  }
  w.count++;
  const allowed = w.count <= limit;
  return { allowed, remaining: Math.max(0, limit - w.count), retryAfterSeconds: allowed ? 0 : Math.ceil((w.start + windowMs - now) / 1000) };
}
