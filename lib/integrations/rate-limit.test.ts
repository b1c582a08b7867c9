import { describe, expect, it } from "vitest";
import { createFakeClock } from "./clock";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("lets at most N requests start in any window per key (sliding window)", async () => {
    const clock = createFakeClock(0);
    const limiter = createRateLimiter(clock, { perKey: { limit: 4, windowMs: 1000 } });
    const starts: number[] = [];
    for (let i = 0; i < 9; i++) {
      (await limiter.acquire("tokenset", { write: false }))();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 0, 1000, 1000, 1000, 1000, 2000]);
    // Another endpoint has its own window.
    (await limiter.acquire("events", { write: false }))();
    expect(clock.now()).toBe(2000);
  });

  it("applies a writes-only window to writes", async () => {
    const clock = createFakeClock(0);
    const limiter = createRateLimiter(clock, { writes: { limit: 2, windowMs: 20_000 } });
    for (let i = 0; i < 5; i++) (await limiter.acquire(`r${i}`, { write: false }))();
    expect(clock.now()).toBe(0);
    for (let i = 0; i < 3; i++) (await limiter.acquire(`w${i}`, { write: true }))();
    expect(clock.now()).toBe(20_000);
  });

  it("holds a paused key, or every key for '*', until the pause ends", async () => {
    const clock = createFakeClock(0);
    const limiter = createRateLimiter(clock);
    limiter.pause("a", 1500);
    (await limiter.acquire("b", { write: false }))();
    expect(clock.now()).toBe(0);
    (await limiter.acquire("a", { write: false }))();
    expect(clock.now()).toBe(1500);
    limiter.pause("*", 4000);
    (await limiter.acquire("b", { write: false }))();
    expect(clock.now()).toBe(4000);
  });

  it("caps concurrency and hands a released slot to the next waiter", async () => {
    const limiter = createRateLimiter(createFakeClock(0), { maxConcurrent: 2 });
    const first = await limiter.acquire("x", { write: false });
    const second = await limiter.acquire("x", { write: false });
    let thirdIn = false;
    const third = limiter.acquire("x", { write: false }).then((release) => {
      thirdIn = true;
      return release;
    });
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    first();
    first(); // releasing twice is a no-op
    (await third)();
    expect(thirdIn).toBe(true);
    second();
    const again = await Promise.all([limiter.acquire("x", { write: false }), limiter.acquire("x", { write: false })]);
    again.forEach((release) => release());
  });

  it("stops waiting when the caller aborts", async () => {
    const limiter = createRateLimiter(createFakeClock(0), { maxConcurrent: 1 });
    const held = await limiter.acquire("x", { write: false });
    const controller = new AbortController();
    const waiting = limiter.acquire("x", { write: false, signal: controller.signal });
    controller.abort(new Error("cancelled"));
    await expect(waiting).rejects.toThrow("cancelled");
    held();
    (await limiter.acquire("x", { write: false }))();
  });
});
