import { describe, expect, it } from "vitest";
import { dateTimeFormat, formatDate } from "./date-format";

describe("dateTimeFormat", () => {
  it("builds a formatter once per locale, style and time zone", () => {
    const a = dateTimeFormat("en", { dateStyle: "medium", timeZone: "Asia/Tokyo" });
    expect(dateTimeFormat("en", { dateStyle: "medium", timeZone: "Asia/Tokyo" })).toBe(a);
    expect(dateTimeFormat("en", { dateStyle: "medium", timeZone: "Europe/Berlin" })).not.toBe(a);
    expect(dateTimeFormat("ja", { dateStyle: "medium", timeZone: "Asia/Tokyo" })).not.toBe(a);
    expect(dateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).not.toBe(a);
  });

  it("formats like Intl in the given zone, from a Date, an ISO string or a number", () => {
    const at = "2026-12-01T23:30:00Z";
    const expected = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(new Date(at));
    expect(formatDate("en", at, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).toBe(expected);
    expect(formatDate("en", new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).toBe(expected);
    expect(formatDate("en", Date.parse(at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).toBe(expected);
    expect(formatDate("en", at, { dateStyle: "medium", timeZone: "Asia/Tokyo" })).toBe("Dec 2, 2026");
    expect(formatDate("en", at, { dateStyle: "medium", timeZone: "UTC" })).toBe("Dec 1, 2026");
    expect(formatDate("ja", at, { dateStyle: "medium", timeZone: "Asia/Tokyo" })).toBe("2026/12/02");
  });

  it("rejects an unknown time zone as Intl does", () => {
    expect(() => dateTimeFormat("en", { dateStyle: "medium", timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
