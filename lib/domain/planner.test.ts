import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, localDate, startOfLocalDay } from "./calendar";
import { planRotationDays, type PlannerInput } from "./planner";

const TOKYO = "Asia/Tokyo";
// Monday 2025-06-30, 18:00 in Tokyo; with the default 14-day lead time the target is Monday 2025-06-16.
const base: PlannerInput = { now: new Date("2025-04-01T10:00:00+09:00"), timeZone: TOKYO, expiresAt: new Date("2025-06-30T18:00:00+09:00") };
const dates = (input: PlannerInput) => planRotationDays(input).days.map((d) => d.date);

describe("planRotationDays", () => {
  it("ranks the lead-time target first, then the weekdays just before it", () => {
    const plan = planRotationDays(base);
    expect(plan.status).toBe("ok");
    expect(plan.target).toBe("2025-06-16");
    expect(plan.lastSafeDay).toBe("2025-06-29");
    expect(plan.reasons.map((r) => r.code)).toEqual(["target-from-lead-time"]);
    expect(plan.days.map((d) => d.date)).toEqual(["2025-06-16", "2025-06-13", "2025-06-12", "2025-06-11", "2025-06-10"]);
    expect(plan.days[0]?.reasons.map((r) => r.code)).toEqual(["cadence-target", "weekday"]);
    expect(plan.days[1]?.reasons[0]).toMatchObject({ code: "on-schedule", params: { days: 3 } });
  });

  it("avoids a blackout day (a new hires' start day)", () => {
    expect(dates({ ...base, blackoutDays: ["2025-06-16", "2025-06-13"] })[0]).toBe("2025-06-12");
  });

  it("prefers the days with the fewest expected enrollments within the window", () => {
    const plan = planRotationDays({ ...base, enrollmentsByDay: { "2025-06-16": 40, "2025-06-13": 2, "2025-06-12": 9, "2025-06-11": 0 }, limit: 3 });
    expect(plan.days.map((d) => [d.date, d.enrollments])).toEqual([
      ["2025-06-11", 0],
      ["2025-06-10", 0],
      ["2025-06-09", 0],
    ]);
    expect(plan.days[0]?.reasons.map((r) => r.code)).toEqual(["on-schedule", "weekday", "fewest-enrollments"]);
    const busy = planRotationDays({ ...base, enrollmentsByDay: Object.fromEntries(Array.from({ length: 90 }, (_, i) => [addDays("2025-04-01", i), 5])), limit: 1 });
    expect(busy.days[0]).toMatchObject({ date: "2025-06-16", enrollments: 5 });
  });

  it("follows the cadence from the last rotation when it comes before the lead time", () => {
    const plan = planRotationDays({ ...base, lastRotatedAt: new Date("2025-03-01T12:00:00+09:00") });
    expect(plan.target).toBe("2025-05-30");
    expect(plan.reasons.map((r) => r.code)).toEqual(["target-from-cadence"]);
    expect(plan.days[0]?.date).toBe("2025-05-30");
    const late = planRotationDays({ ...base, lastRotatedAt: new Date("2025-03-20T12:00:00+09:00") });
    expect(late.target).toBe("2025-06-16");
    expect(planRotationDays({ ...base, lastRotatedAt: new Date("2025-03-01T12:00:00+09:00"), cadenceDays: 60 }).target).toBe("2025-04-30");
  });

  it("moves an overdue target to today and flags days inside the lead time", () => {
    const plan = planRotationDays({ ...base, now: new Date("2025-06-25T09:00:00+09:00") });
    expect(plan.target).toBe("2025-06-25");
    expect(plan.reasons.map((r) => r.code)).toEqual(["target-from-lead-time", "target-overdue"]);
    expect(plan.days.map((d) => d.date)).toEqual(["2025-06-25", "2025-06-26", "2025-06-27", "2025-06-28", "2025-06-29"]);
    expect(plan.days.every((d) => d.insideLeadTime)).toBe(true);
    expect(plan.days[1]?.reasons.map((r) => r.code)).toEqual(["after-target", "inside-lead-time", "weekday"]);
  });

  it("never proposes the expiry day or later", () => {
    const midnight = { ...base, expiresAt: new Date("2025-06-30T00:00:00+09:00"), now: new Date("2025-06-27T09:00:00+09:00") };
    expect(planRotationDays(midnight).lastSafeDay).toBe("2025-06-29");
    expect(dates(midnight)).not.toContain("2025-06-30");
    const none = planRotationDays({ ...base, now: new Date("2025-06-30T09:00:00+09:00") });
    expect(none).toMatchObject({ status: "no-day-left", days: [], target: null });
    expect(none.reasons.map((r) => r.code)).toEqual(["no-day-left"]);
    expect(planRotationDays({ ...base, now: new Date("2025-07-02T09:00:00+09:00") }).status).toBe("no-day-left");
  });

  it("uses a blackout day only when no other day is left, and says so", () => {
    const last = { ...base, now: new Date("2025-06-27T09:00:00+09:00") };
    const plan = planRotationDays({ ...last, blackoutDays: ["2025-06-27", "2025-06-28", "2025-06-29"] });
    expect(plan.status).toBe("blackout-only");
    expect(plan.days.map((d) => d.date)).toEqual(["2025-06-27", "2025-06-28", "2025-06-29"]);
    expect(plan.days.every((d) => d.blackout && d.reasons[0]?.code === "blackout-no-alternative")).toBe(true);
    const weekendLeft = planRotationDays({ ...last, blackoutDays: ["2025-06-27"] });
    expect(weekendLeft.status).toBe("ok");
    expect(weekendLeft.days.map((d) => [d.date, d.weekend])).toEqual([
      ["2025-06-28", true],
      ["2025-06-29", true],
    ]);
  });

  it("honours another working week (Friday–Saturday weekend) and weekends as working days", () => {
    expect(dates({ ...base, weekendDays: [5, 6], limit: 2 })).toEqual(["2025-06-16", "2025-06-15"]);
    expect(dates({ ...base, weekendDays: [], limit: 3 })).toEqual(["2025-06-16", "2025-06-15", "2025-06-14"]);
  });

  it("reasons in the tenant's zone: the same instant is another day in Tokyo and in Los Angeles", () => {
    const input = { ...base, expiresAt: new Date("2025-06-30T03:00:00+09:00") };
    expect(planRotationDays(input).lastSafeDay).toBe("2025-06-29");
    expect(planRotationDays({ ...input, timeZone: "America/Los_Angeles" }).lastSafeDay).toBe("2025-06-28");
  });
});

const ZONES = ["Asia/Tokyo", "UTC", "America/New_York", "Europe/Berlin", "America/Santiago", "Pacific/Kiritimati"];

const scenario = fc
  .record({
    nowMs: fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") }),
    spanMs: fc.integer({ min: -5 * 86_400_000, max: 200 * 86_400_000 }),
    timeZone: fc.constantFrom(...ZONES),
    blackoutOffsets: fc.array(fc.integer({ min: -2, max: 205 }), { maxLength: 120 }),
    weekendDays: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
    leadTimeDays: fc.integer({ min: 0, max: 30 }),
    cadenceDays: fc.integer({ min: 1, max: 180 }),
    lastRotatedDaysAgo: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    limit: fc.integer({ min: 1, max: 10 }),
  })
  .map((s) => {
    const now = new Date(s.nowMs);
    const today = localDate(now, s.timeZone);
    return {
      now,
      timeZone: s.timeZone,
      expiresAt: new Date(s.nowMs + s.spanMs),
      blackoutDays: s.blackoutOffsets.map((o) => addDays(today, o)),
      weekendDays: s.weekendDays,
      leadTimeDays: s.leadTimeDays,
      cadenceDays: s.cadenceDays,
      lastRotatedAt: s.lastRotatedDaysAgo === null ? null : new Date(s.nowMs - s.lastRotatedDaysAgo * 86_400_000),
      limit: s.limit,
    } satisfies PlannerInput;
  });

describe("planner constraints (properties)", () => {
  it("never proposes a day that is not wholly before the expiry, nor a past day", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const plan = planRotationDays(input);
        for (const d of plan.days) {
          expect(startOfLocalDay(addDays(d.date, 1), input.timeZone).getTime()).toBeLessThanOrEqual(input.expiresAt.getTime());
          expect(daysBetween(plan.today, d.date)).toBeGreaterThanOrEqual(0);
        }
        expect(plan.days.length).toBeLessThanOrEqual(input.limit);
        expect(new Set(plan.days.map((d) => d.date)).size).toBe(plan.days.length);
        if (plan.status === "no-day-left") expect(plan.days).toEqual([]);
        else expect(plan.days.length).toBeGreaterThan(0);
      }),
    );
  });

  it("never proposes a blackout day unless every day left is one, and then flags it", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const plan = planRotationDays(input);
        const blackout = new Set(input.blackoutDays);
        if (plan.status === "ok") expect(plan.days.some((d) => blackout.has(d.date))).toBe(false);
        if (plan.status === "blackout-only") {
          for (let d = plan.today; daysBetween(d, plan.lastSafeDay) >= 0; d = addDays(d, 1)) expect(blackout.has(d)).toBe(true);
          for (const d of plan.days) expect(d.reasons.map((r) => r.code)).toContain("blackout-no-alternative");
        }
      }),
    );
  });
});
