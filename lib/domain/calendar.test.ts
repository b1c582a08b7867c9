import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addLocalDays, addMonths, daysBetween, isCalendarDate, isCalendarMonth, isValidTimeZone, localDate, localDateTime, monthBounds, monthGrid, monthOf, startOfLocalDay, weekday, zonedTimeToInstant, zoneOffsetMs } from "./calendar";

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

describe("months", () => {
  it.each<[string, number, string]>([
    ["2025-01", 1, "2025-02"],
    ["2025-12", 1, "2026-01"],
    ["2025-01", -1, "2024-12"],
    ["2025-06", 0, "2025-06"],
    ["2025-06", 18, "2026-12"],
    ["2025-06", -18, "2023-12"],
  ])("%s plus %i months is %s", (m, n, out) => expect(addMonths(m, n)).toBe(out));

  it.each<[string, string, string]>([
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-12", "2025-12-01", "2025-12-31"],
    ["2025-04", "2025-04-01", "2025-04-30"],
  ])("%s runs from %s to %s", (m, first, last) => expect(monthBounds(m)).toEqual({ first, last }));

  it.each<[string, boolean]>([
    ["2025-06", true],
    ["2025-13", false],
    ["2025-00", false],
    ["2025-6", false],
    ["1969-12", false],
    ["june", false],
  ])("isCalendarMonth(%s) is %s", (m, ok) => expect(isCalendarMonth(m)).toBe(ok));

  it.each<[string, 0 | 1, number, string, string]>([
    // June 2025 starts on a Sunday: a Sunday-first grid needs 5 rows, a Monday-first one 6.
    ["2025-06", 0, 5, "2025-06-01", "2025-07-05"],
    ["2025-06", 1, 6, "2025-05-26", "2025-07-06"],
    // February 2026 is exactly four Sunday-first weeks.
    ["2026-02", 0, 4, "2026-02-01", "2026-02-28"],
    ["2026-02", 1, 5, "2026-01-26", "2026-03-01"],
    ["2025-11", 0, 6, "2025-10-26", "2025-12-06"],
  ])("%s, weeks from day %i: %i rows from %s to %s", (m, start, rows, first, last) => {
    const grid = monthGrid(m, start);
    expect(grid).toHaveLength(rows);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(grid[0]![0]!.date).toBe(first);
    expect(grid.at(-1)!.at(-1)!.date).toBe(last);
    expect(grid.flat().filter((d) => d.inMonth)).toHaveLength(daysBetween(monthBounds(m).first, monthBounds(m).last) + 1);
    expect(grid.flat().every((d) => weekday(d.date) === (grid.flat().indexOf(d) + start) % 7)).toBe(true);
  });

  it("names the month of a date and refuses nonsense", () => {
    expect(monthOf("2025-06-14")).toBe("2025-06");
    expect(() => monthOf("2025-02-30")).toThrow(RangeError);
    expect(() => addMonths("2025-13", 1)).toThrow(RangeError);
    expect(() => monthGrid("nope")).toThrow(RangeError);
  });
});

describe("zone offsets remembered per quarter hour", () => {
  // The offset straight from the zone's wall clock, as the cache-free reference.
  const reference = (t: number, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
        .formatToParts(new Date(t))
        .filter((p) => p.type !== "literal")
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!, new Date(t).getUTCMilliseconds()) - t;
  };
  const zones = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Asia/Tokyo", "Africa/Casablanca", "UTC"];

  it("agree with the wall clock at every minute around real transitions", () => {
    // New York spring forward and fall back 2025, Lord Howe's half-hour shift, Chatham's 45-minute zone.
    const around = ["2025-03-09T07:00:00Z", "2025-11-02T06:00:00Z", "2025-04-05T15:00:00Z", "2025-09-27T16:00:00Z", "2025-04-05T14:00:00Z"].map((s) => Date.parse(s));
    for (const zone of zones)
      for (const center of around)
        for (let t = center - 90 * 60_000; t <= center + 90 * 60_000; t += 60_000 + 7) expect(zoneOffsetMs(new Date(t), zone), `${zone} at ${new Date(t).toISOString()}`).toBe(reference(t, zone));
  });

  it("agree with the wall clock at any instant from 1970 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (t, zone) => {
        expect(zoneOffsetMs(new Date(t), zone)).toBe(reference(t, zone));
        expect(localDate(new Date(t), zone)).toBe(new Date(t + reference(t, zone)).toISOString().slice(0, 10));
      }),
      { numRuns: 3000 },
    );
  });

  it("still refuses an invalid instant", () => {
    expect(() => zoneOffsetMs(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

describe("localDateTime", () => {
  // What Intl writes with a 24-hour clock, read part by part (the reference the CSV and messages used).
  const intl = (instant: Date, timeZone: string) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        .formatToParts(instant)
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };

  it.each([
    ["2026-12-02T13:45:59.999Z", "UTC", "2026-12-02 13:45"],
    ["2026-12-02T15:00:00Z", "Asia/Tokyo", "2026-12-03 00:00"],
    ["2026-03-08T06:59:00Z", "America/New_York", "2026-03-08 01:59"],
    ["2026-03-08T07:00:00Z", "America/New_York", "2026-03-08 03:00"],
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-11-01 01:30"],
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-11-01 01:30"],
    ["2026-10-25T00:59:00Z", "Europe/Berlin", "2026-10-25 02:59"],
    ["2026-10-25T01:00:00Z", "Europe/Berlin", "2026-10-25 02:00"],
    ["2026-06-01T00:00:00Z", "Asia/Kolkata", "2026-06-01 05:30"],
    // The notification texts' cases (they show expiries with it).
    ["2026-12-31T09:00:00Z", "Asia/Tokyo", "2026-12-31 18:00"],
    ["2026-12-31T23:30:00Z", "Asia/Tokyo", "2027-01-01 08:30"],
    ["2026-07-01T00:00:00Z", "America/New_York", "2026-06-30 20:00"],
    ["2026-07-01T00:00:00Z", "UTC", "2026-07-01 00:00"],
  ])("%s in %s is %s", (iso, zone, expected) => {
    expect(localDateTime(new Date(iso), zone)).toBe(expected);
    expect(intl(new Date(iso), zone)).toBe(expected);
  });

  it("agrees with Intl at any minute of 2020–2035 in zones with and without daylight saving time", () => {
    const zones = ["UTC", "Asia/Tokyo", "Europe/Berlin", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns"];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, zone) => {
        const instant = new Date(minute * 60_000);
        expect(localDateTime(instant, zone)).toBe(intl(instant, zone));
      }),
      { numRuns: 2000 },
    );
  });
});
