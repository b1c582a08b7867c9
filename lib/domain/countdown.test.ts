import { describe, expect, it } from "vitest";
import { computeCountdown, crossedThresholds, expiredAgo, DEFAULT_THRESHOLDS, thresholdInstant, thresholdsFromDays, type CountdownLevel } from "./countdown";
import { ThresholdDays } from "./thresholds";

const TOKYO = "Asia/Tokyo";
// Expires 2025-06-30 18:00 in Tokyo.
const expiresAt = new Date("2025-06-30T18:00:00+09:00");

describe("countdown level from the default thresholds (30/14/7/1 days)", () => {
  it.each<[string, number, CountdownLevel]>([
    ["2025-05-30T12:00:00+09:00", 31, "ok"],
    ["2025-05-31T00:00:00+09:00", 30, "notice"],
    ["2025-06-15T12:00:00+09:00", 15, "notice"],
    ["2025-06-16T00:00:00+09:00", 14, "warning"],
    ["2025-06-22T23:59:59+09:00", 8, "warning"],
    ["2025-06-23T00:00:00+09:00", 7, "critical"],
    ["2025-06-29T09:00:00+09:00", 1, "critical"],
    ["2025-06-30T17:59:59+09:00", 0, "critical"],
    ["2025-06-30T18:00:00+09:00", 0, "expired"],
    ["2025-07-05T00:00:00+09:00", -5, "expired"],
  ])("at %s: %i calendar day(s) left, %s", (now, days, level) => {
    const c = computeCountdown({ expiresAt, now: new Date(now), timeZone: TOKYO });
    expect(c.calendarDaysLeft).toBe(days);
    expect(c.level).toBe(level);
    expect(c.expired).toBe(level === "expired");
  });

  it("reports days and hours", () => {
    const c = computeCountdown({ expiresAt, now: new Date("2025-06-20T08:30:00+09:00"), timeZone: TOKYO });
    expect([c.days, c.hours]).toEqual([10, 9]);
    expect(c.threshold).toEqual({ days: 14, level: "warning" });
    const done = computeCountdown({ expiresAt, now: new Date("2025-07-01T00:00:00+09:00"), timeZone: TOKYO });
    expect([done.days, done.hours, done.threshold]).toEqual([0, 0, null]);
    expect(done.msLeft).toBe(-6 * 3_600_000);
  });

  it.each([
    [-1, 0, 0],
    [-3_599_999, 0, 0],
    [-3_600_000, 0, 1],
    [-(2 * 24 + 3) * 3_600_000 - 59_000, 2, 3],
    [-24 * 3_600_000, 1, 0],
    [5_000, 0, 0],
  ])("expiredAgo(%i ms left) is %i d %i h", (msLeft, days, hours) => {
    expect(expiredAgo(msLeft)).toEqual({ days, hours });
  });

  it("takes the expiry as epoch milliseconds the same as a Date", () => {
    const now = new Date("2025-06-20T08:30:00+09:00");
    expect(computeCountdown({ expiresAt: expiresAt.getTime(), now, timeZone: TOKYO })).toEqual(computeCountdown({ expiresAt, now, timeZone: TOKYO }));
  });

  it("counts calendar days in the tenant's zone, not UTC", () => {
    // 2025-06-01 00:30 in Tokyo is still 2025-05-31 in UTC and in Los Angeles.
    const exp = new Date("2025-06-01T00:30:00+09:00");
    const now = new Date("2025-05-31T14:00:00Z");
    expect(computeCountdown({ expiresAt: exp, now, timeZone: TOKYO }).calendarDaysLeft).toBe(1);
    expect(computeCountdown({ expiresAt: exp, now, timeZone: "UTC" }).calendarDaysLeft).toBe(0);
    expect(computeCountdown({ expiresAt: exp, now, timeZone: "America/Los_Angeles" }).calendarDaysLeft).toBe(0);
  });

  it("counts a 23-hour and a 25-hour local day as one day (New York DST)", () => {
    const spring = { now: new Date("2025-03-08T17:00:00Z"), expiresAt: new Date("2025-03-09T16:00:00Z") };
    expect(computeCountdown({ ...spring, timeZone: "America/New_York" })).toMatchObject({ days: 1, hours: 0, calendarDaysLeft: 1 });
    expect(computeCountdown({ ...spring, timeZone: "UTC" })).toMatchObject({ days: 0, hours: 23 });
    const fall = { now: new Date("2025-11-01T16:00:00Z"), expiresAt: new Date("2025-11-02T17:00:00Z") };
    expect(computeCountdown({ ...fall, timeZone: "America/New_York" })).toMatchObject({ days: 1, hours: 0 });
    expect(computeCountdown({ ...fall, timeZone: "UTC" })).toMatchObject({ days: 1, hours: 1 });
    const across = { now: new Date("2025-03-08T17:00:00Z"), expiresAt: new Date("2025-03-10T15:00:00Z") };
    expect(computeCountdown({ ...across, timeZone: "America/New_York" })).toMatchObject({ days: 1, hours: 23 });
  });

  it("uses per-tenant thresholds", () => {
    const thresholds = thresholdsFromDays([60, 21]);
    const c = computeCountdown({ expiresAt, now: new Date("2025-06-01T12:00:00+09:00"), timeZone: TOKYO, thresholds });
    expect(c.level).toBe("notice");
    const later = computeCountdown({ expiresAt, now: new Date("2025-06-10T12:00:00+09:00"), timeZone: TOKYO, thresholds });
    expect(later.level).toBe("warning");
  });
});

describe("thresholds", () => {
  it.each<[number[], string[]]>([
    [[30, 14, 7, 1], ["30:notice", "14:warning", "7:critical", "1:critical"]],
    [[1, 30, 7], ["30:notice", "7:warning", "1:critical"]],
    [[10, 10], ["10:notice"]],
    [[5], ["5:notice"]],
  ])("%j → %j", (days, expected) => expect(thresholdsFromDays(days).map((t) => `${t.days}:${t.level}`)).toEqual(expected));

  it("validates a tenant's threshold days", () => {
    expect(ThresholdDays.safeParse([30, 14, 7, 1]).success).toBe(true);
    expect(ThresholdDays.safeParse([]).success).toBe(false);
    expect(ThresholdDays.safeParse([7, 7]).success).toBe(false);
    expect(ThresholdDays.safeParse([0]).success).toBe(false);
    expect(ThresholdDays.safeParse([1.5]).success).toBe(false);
  });
});

describe("crossedThresholds", () => {
  it("starts each threshold at local midnight, DST included", () => {
    expect(thresholdInstant(expiresAt, 30, TOKYO).toISOString()).toBe("2025-05-30T15:00:00.000Z");
    const ny = new Date("2025-03-20T12:00:00-04:00");
    expect(thresholdInstant(ny, 14, "America/New_York").toISOString()).toBe("2025-03-06T05:00:00.000Z");
    expect(thresholdInstant(ny, 7, "America/New_York").toISOString()).toBe("2025-03-13T04:00:00.000Z");
  });

  it("is exclusive of `from` and inclusive of `to`", () => {
    const at = thresholdInstant(expiresAt, 30, TOKYO);
    const before = new Date(at.getTime() - 1);
    expect(crossedThresholds({ expiresAt, from: before, to: at, timeZone: TOKYO }).map((c) => c.days)).toEqual([30]);
    expect(crossedThresholds({ expiresAt, from: at, to: new Date(at.getTime() + 3_600_000), timeZone: TOKYO })).toEqual([]);
  });

  it("notifies each threshold and the expiry exactly once when checked every hour", () => {
    const seen: string[] = [];
    let from = new Date("2025-05-01T00:00:00Z");
    for (let t = from.getTime() + 3_600_000; t <= Date.parse("2025-07-03T00:00:00Z"); t += 3_600_000) {
      const to = new Date(t);
      for (const c of crossedThresholds({ expiresAt, from, to, timeZone: "America/New_York" })) seen.push(`${c.kind}:${c.days}:${c.level}`);
      from = to;
    }
    expect(seen).toEqual(["threshold:30:notice", "threshold:14:warning", "threshold:7:critical", "threshold:1:critical", "expired:0:expired"]);
  });

  it("reports everything missed, oldest first, after a long outage", () => {
    const crossed = crossedThresholds({ expiresAt, from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-08-01T00:00:00Z"), timeZone: TOKYO });
    expect(crossed.map((c) => c.level)).toEqual(["notice", "warning", "critical", "critical", "expired"]);
    expect(crossed.at(-1)?.at).toEqual(expiresAt);
    expect(DEFAULT_THRESHOLDS).toHaveLength(4);
  });

  it("refuses a window that runs backwards", () => {
    expect(() => crossedThresholds({ expiresAt, from: new Date("2025-06-02T00:00:00Z"), to: new Date("2025-06-01T00:00:00Z"), timeZone: TOKYO })).toThrow(RangeError);
  });
});
