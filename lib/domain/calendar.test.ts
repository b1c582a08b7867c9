import { describe, expect, it } from "vitest";
import { addDays, addLocalDays, daysBetween, isCalendarDate, isValidTimeZone, localDate, startOfLocalDay, weekday, zonedTimeToInstant, zoneOffsetMs } from "./calendar";

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

describe("calendar days in a time zone", () => {
  it.each<[string, string, string]>([
    ["2025-05-31T15:30:00Z", "Asia/Tokyo", "2025-06-01"],
    ["2025-05-31T15:30:00Z", "UTC", "2025-05-31"],
    ["2025-05-31T15:30:00Z", "America/Los_Angeles", "2025-05-31"],
    ["2025-05-31T15:30:00Z", "Pacific/Kiritimati", "2025-06-01"],
    ["2025-05-31T10:00:00Z", "Pacific/Pago_Pago", "2025-05-30"],
  ])("%s in %s is %s", (instant, tz, date) => expect(localDate(new Date(instant), tz)).toBe(date));

  it.each<[ReturnType<typeof wall>, string, string]>([
    [wall(2025, 6, 1), "Asia/Tokyo", "2025-05-31T15:00:00.000Z"],
    // A skipped time maps forward by the jump (02:30 does not exist on 2025-03-09 in New York).
    [wall(2025, 3, 9, 2, 30), "America/New_York", "2025-03-09T07:30:00.000Z"],
    // A repeated time maps to its first occurrence, west and east of Greenwich.
    [wall(2025, 11, 2, 1, 30), "America/New_York", "2025-11-02T05:30:00.000Z"],
    [wall(2025, 10, 26, 2, 30), "Europe/Berlin", "2025-10-26T00:30:00.000Z"],
    [wall(2025, 6, 1, 9), "Asia/Kolkata", "2025-06-01T03:30:00.000Z"],
  ])("wall time %j in %s is %s", (w, tz, iso) => expect(zonedTimeToInstant(w, tz).toISOString()).toBe(iso));

  it("starts a day at its first existing instant when midnight is skipped (Santiago, 2025-09-07)", () => {
    expect(startOfLocalDay("2025-09-07", "America/Santiago").toISOString()).toBe("2025-09-07T04:00:00.000Z");
    expect(startOfLocalDay("2025-09-06", "America/Santiago").toISOString()).toBe("2025-09-06T04:00:00.000Z");
  });

  it("adds local days keeping the wall-clock time across DST", () => {
    expect(addLocalDays(new Date("2025-03-08T17:00:00Z"), 1, "America/New_York").toISOString()).toBe("2025-03-09T16:00:00.000Z");
    expect(addLocalDays(new Date("2025-11-01T16:00:00Z"), 1, "America/New_York").toISOString()).toBe("2025-11-02T17:00:00.000Z");
    expect(addLocalDays(new Date("2025-03-08T17:00:00Z"), 1, "UTC").toISOString()).toBe("2025-03-09T17:00:00.000Z");
  });

  it("knows offsets, date arithmetic and week days", () => {
    expect(zoneOffsetMs(new Date("2025-01-01T00:00:00Z"), "Asia/Tokyo")).toBe(9 * 3_600_000);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(daysBetween("2025-03-01", "2025-06-01")).toBe(92);
    expect(weekday("2025-06-01")).toBe(0);
    expect(weekday("2025-06-06")).toBe(5);
  });

  it("validates dates and zones", () => {
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-6-1")).toBe(false);
    expect(isValidTimeZone("Asia/Tokyo")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(() => addDays("tomorrow", 1)).toThrow(RangeError);
  });
});
