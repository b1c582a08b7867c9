// The feed's text is parsed back with ical.js (Mozilla's RFC 5545 parser) and checked against the
// RFC's structural rules (CRLF, folded lines of at most 75 octets, required properties).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendarEvents, type CalendarTenantInput } from "@/lib/domain/calendar-events";
import { icalWordsFixture } from "./ical-words.fixture";
import { renderICalendar } from "./ical";

const NOW = new Date("2025-06-02T00:00:00Z");
const TOKEN_VALUE = "AbCdEfGhIjKlMnOpQrSt7Qx2";

const tenant = (over: Partial<CalendarTenantInput>): CalendarTenantInput => ({
  id: "t1",
  name: "Acme; Japan, K.K. — 東京",
  timeZone: "Asia/Tokyo",
  thresholdsDays: [30, 14, 7, 1],
  rotationCadenceDays: 90,
  rotationLeadDays: 14,
  nextRotationAt: null,
  tokens: [],
  blackoutDays: [],
  ...over,
});

function render() {
  const events = buildCalendarEvents({
    now: NOW,
    tenants: [
      tenant({ tokens: [{ id: "k1", kind: "AUTH", stage: "CURRENT", expiresAt: new Date("2025-07-31T16:00:00Z") }], blackoutDays: [{ id: "b1", date: "2025-07-18", reason: "Quarter close" }] }),
      tenant({ id: "t2", name: "Globex", timeZone: "America/Los_Angeles", nextRotationAt: new Date("2025-06-20T17:00:00Z"), tokens: [{ id: "k2", kind: "ENCRYPTION", stage: "CURRENT", expiresAt: new Date("2025-07-31T16:00:00Z") }] }),
    ],
    globalBlackoutDays: [{ id: "g1", date: "2025-06-30", reason: "Company holiday" }],
  });
  return renderICalendar({ events, words: icalWordsFixture, appUrl: "https://eh.example.com/", now: NOW });
}

describe("iCalendar feed", () => {
  it("follows RFC 5545's line rules: CRLF endings, lines folded at 75 octets", () => {
    const text = render();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("parses back with ical.js: one VEVENT per event, each with UID, DTSTAMP and a DATE start", () => {
    const cal = new ICAL.Component(ICAL.parse(render()));
    expect(cal.getFirstPropertyValue("prodid")).toMatch(/Enrollment Health/);
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    const events = cal.getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual([
      "rotation-t2@enrollment-health",
      "blackout-g1@enrollment-health",
      "rotation-t1@enrollment-health",
      "blackout-b1@enrollment-health",
      "expiry-k2@enrollment-health",
      "expiry-k1@enrollment-health",
    ]);
    for (const e of events) {
      expect(e.getFirstPropertyValue("dtstamp")).toBeTruthy();
      const start = e.getFirstPropertyValue("dtstart") as ICAL.Time;
      expect(start.isDate).toBe(true);
    }
  });

  it.each<[string, string]>([
    // The same instant is 1 August in Tokyo and 31 July in Los Angeles: each on its tenant's day.
    ["expiry-k1@enrollment-health", "2025-08-01"],
    ["expiry-k2@enrollment-health", "2025-07-31"],
    ["rotation-t2@enrollment-health", "2025-06-20"],
    ["blackout-g1@enrollment-health", "2025-06-30"],
  ])("%s is on %s", (uid, date) => {
    const cal = new ICAL.Component(ICAL.parse(render()));
    const e = cal.getAllSubcomponents("vevent").find((x) => x.getFirstPropertyValue("uid") === uid)!;
    expect((e.getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe(date);
  });

  it("puts a display VALARM at each threshold (the tenant's local midnight) and at the expiry", () => {
    const cal = new ICAL.Component(ICAL.parse(render()));
    const e = cal.getAllSubcomponents("vevent").find((x) => x.getFirstPropertyValue("uid") === "expiry-k1@enrollment-health")!;
    const alarms = e.getAllSubcomponents("valarm");
    expect(alarms.map((a) => a.getFirstPropertyValue("action"))).toEqual(["DISPLAY", "DISPLAY", "DISPLAY", "DISPLAY", "DISPLAY"]);
    expect(alarms.map((a) => (a.getFirstPropertyValue("trigger") as ICAL.Time).toJSDate().toISOString())).toEqual([
      "2025-07-01T15:00:00.000Z",
      "2025-07-17T15:00:00.000Z",
      "2025-07-24T15:00:00.000Z",
      "2025-07-30T15:00:00.000Z",
      "2025-07-31T16:00:00.000Z",
    ]);
    expect(alarms.every((a) => String(a.getFirstPropertyValue("description")).length > 0)).toBe(true);
  });

  it("escapes text (the tenant's name survives the round trip) and links to the tenant page", () => {
    const cal = new ICAL.Component(ICAL.parse(render()));
    const e = cal.getAllSubcomponents("vevent").find((x) => x.getFirstPropertyValue("uid") === "expiry-k1@enrollment-health")!;
    expect(e.getFirstPropertyValue("summary")).toBe("Acme; Japan, K.K. — 東京: AUTH expires");
    expect(e.getFirstPropertyValue("url")).toBe("https://eh.example.com/tenants/t1");
  });

  it("never contains a token value or a fingerprint, only what the events carry", () => {
    const text = render();
    expect(text).not.toContain(TOKEN_VALUE);
    expect(text).not.toMatch(/fingerprint|[0-9a-f]{32}/i);
  });
});
