import { describe, expect, it } from "vitest";
import { DATE_TEXTS_MAX, dateTextCount, dateTimeFormat, formatDate } from "./date-format";

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

describe("formatDate keeps its texts", () => {
  const at = "2026-12-01T23:30:00Z";

  it("formats each instant once per formatter, and the time zone is part of what a text depends on", () => {
    const before = dateTextCount();
    const tokyo = formatDate("en", "2031-01-02T03:04:05Z", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
    expect(dateTextCount()).toBe(before + 1);
    expect(formatDate("en", "2031-01-02T03:04:05Z", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).toBe(tokyo);
    expect(dateTextCount()).toBe(before + 1);
    const la = formatDate("en", "2031-01-02T03:04:05Z", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" });
    expect(la).not.toBe(tokyo);
    expect(la).toBe(new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" }).format(Date.parse("2031-01-02T03:04:05Z")));
    expect(formatDate("ja", "2031-01-02T03:04:05Z", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" })).not.toBe(tokyo);
  });

  it("gives the same text however the instant is given", () => {
    const options = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" } as const;
    const texts = [formatDate("en", at, options), formatDate("en", new Date(at), options), formatDate("en", Date.parse(at), options), formatDate("en", at, options)];
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toBe(new Intl.DateTimeFormat("en", options).format(new Date(at)));
  });

  it("rejects an invalid instant every time, without keeping anything", () => {
    const before = dateTextCount();
    for (let i = 0; i < 2; i++) {
      expect(() => formatDate("en", "not a date", { dateStyle: "medium", timeZone: "UTC" })).toThrow(RangeError);
      expect(() => formatDate("en", new Date(Number.NaN), { dateStyle: "medium", timeZone: "UTC" })).toThrow(RangeError);
    }
    expect(dateTextCount()).toBe(before);
  });

  it("starts afresh past its bound and stays correct", () => {
    const start = Date.parse("2030-01-01T00:00:00Z");
    const options = { dateStyle: "short", timeStyle: "short", timeZone: "UTC" } as const;
    const reference = new Intl.DateTimeFormat("en", options);
    for (let i = 0; i <= DATE_TEXTS_MAX; i++) {
      const instant = start + i * 60_000;
      const text = formatDate("en", instant, options);
      if (i % 997 === 0) expect(text).toBe(reference.format(instant));
    }
    expect(dateTextCount()).toBeLessThanOrEqual(DATE_TEXTS_MAX);
    expect(formatDate("en", start, options)).toBe(reference.format(start));
  });
});
