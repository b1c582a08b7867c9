import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRateLimitReset, parseRetryAfter } from "./retry";

const NOW = Date.parse("2026-03-01T12:00:00Z");

describe("Retry-After and RateLimit-Reset", () => {
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", NOW)).toBe(3000);
    expect(parseRetryAfter("0.5", NOW)).toBe(500);
    expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", NOW)).toBe(30_000);
    expect(parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", NOW)).toBe(0);
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  it("reads RateLimit-Reset as seconds, or as an epoch when it is one", () => {
    expect(parseRateLimitReset("2", NOW)).toBe(2000);
    expect(parseRateLimitReset(String(NOW / 1000 + 5), NOW)).toBe(5000);
    expect(parseRateLimitReset("-1", NOW)).toBeUndefined();
    expect(parseRateLimitReset(undefined, NOW)).toBeUndefined();
  });
});

describe("backoff", () => {
  it("is full jitter: uniform between 0 and the exponential ceiling, capped", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
  });

  it("keeps the default budget's hint-free waits within 7.5 s in total", () => {
    const total = [1, 2, 3, 4].reduce((sum, attempt) => sum + backoffDelay(attempt, DEFAULT_RETRY_POLICY, () => 0.9999), 0);
    expect(total).toBeLessThanOrEqual(7500);
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxAttempts: 5, maxTotalWaitMs: 60_000 });
  });

  it("retries 429, 408 and 5xx except 501 and 505", () => {
    expect([429, 408, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 501, 505].some(isRetryableStatus)).toBe(false);
  });
});
