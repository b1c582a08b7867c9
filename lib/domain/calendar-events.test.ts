import { describe, expect, it } from "vitest";
import { buildCalendarEvents, eventsBetween, eventsByDay, expiryAlarms, type CalendarTenantInput } from "./calendar-events";

const NOW = new Date("2025-06-02T00:00:00Z"); // a Monday

const tenant = (over: Partial<CalendarTenantInput> = {}): CalendarTenantInput => ({
  id: "t1",
  name: "Acme",
  timeZone: "Asia/Tokyo",
  thresholdsDays: [30, 14, 7, 1],
  rotationCadenceDays: 90,
  rotationLeadDays: 14,
  nextRotationAt: null,
  tokens: [],
  blackoutDays: [],
  ...over,
});

describe("calendar events", () => {
  it.each<[string, string, string]>([
    // 2025-07-31T16:00Z is already August 1st in Tokyo but still July 31st in Los Angeles.
    ["2025-07-31T16:00:00Z", "Asia/Tokyo", "2025-08-01"],
    ["2025-07-31T16:00:00Z", "America/Los_Angeles", "2025-07-31"],
    ["2025-07-31T16:00:00Z", "UTC", "2025-07-31"],
  ])("an expiry at %s in %s is on %s", (at, timeZone, date) => {
    const [e] = buildCalendarEvents({ now: NOW, tenants: [tenant({ timeZone, tokens: [{ id: "k", kind: "ENCRYPTION", stage: "CURRENT", expiresAt: new Date(at) }] })], globalBlackoutDays: [] });
    expect(e).toMatchObject({ kind: "expiry", date, tokenKind: "ENCRYPTION", tenantName: "Acme", timeZone });
  });

  it.each<[string, number, string]>([
    ["2025-06-03T03:00:00Z", 1, "critical"],
    ["2025-06-10T03:00:00Z", 8, "warning"],
    ["2025-06-20T03:00:00Z", 18, "notice"],
    ["2025-09-01T03:00:00Z", 91, "ok"],
    ["2025-06-01T03:00:00Z", -1, "expired"],
  ])("an expiry at %s is %i day(s) away, level %s", (at, daysLeft, level) => {
    const events = buildCalendarEvents({ now: NOW, tenants: [tenant({ tokens: [{ id: "k", kind: "AUTH", stage: "CURRENT", expiresAt: new Date(at) }], nextRotationAt: new Date("2025-06-02T01:00:00Z") })], globalBlackoutDays: [] });
    const e = events.find((x) => x.kind === "expiry");
    expect(e).toMatchObject({ kind: "expiry", daysLeft, level });
  });

  it("shows live tokens only: previous and retired expiries are history", () => {
    const tokens = ["CURRENT", "PENDING", "PREVIOUS", "RETIRED"].map((stage, i) => ({ id: `k${i}`, kind: "AUTH" as const, stage, expiresAt: new Date("2025-08-01T00:00:00Z") }));
    const events = buildCalendarEvents({ now: NOW, tenants: [tenant({ tokens, nextRotationAt: new Date("2025-07-01T00:00:00Z") })], globalBlackoutDays: [] });
    expect(events.filter((e) => e.kind === "expiry").map((e) => e.id)).toEqual(["expiry-k0", "expiry-k1"]);
  });

  it("uses the planned rotation day when one is set, in the tenant's zone", () => {
    const events = buildCalendarEvents({ now: NOW, tenants: [tenant({ nextRotationAt: new Date("2025-07-09T23:30:00Z"), nextRotationNote: "after the all-hands" })], globalBlackoutDays: [] });
    expect(events).toEqual([expect.objectContaining({ kind: "rotation", date: "2025-07-10", planned: true, note: "after the all-hands" })]);
  });

  it("suggests the planner's best day before the earliest auth token's expiry when none is planned, avoiding blackout days", () => {
    // Auth expires Friday 2025-08-01 (Tokyo); lead time 14 days → target Friday 2025-07-18, a blackout day.
    const t = tenant({
      tokens: [
        { id: "a", kind: "AUTH", stage: "CURRENT", expiresAt: new Date("2025-08-01T03:00:00Z") },
        { id: "b", kind: "AUTH", stage: "CURRENT", expiresAt: new Date("2025-10-01T03:00:00Z") },
      ],
      blackoutDays: [{ id: "x", date: "2025-07-18", reason: "Quarter close" }],
    });
    const rotation = buildCalendarEvents({ now: NOW, tenants: [t], globalBlackoutDays: [] }).find((e) => e.kind === "rotation");
    expect(rotation).toMatchObject({ planned: false, date: "2025-07-17", at: null });
  });

  it("suggests nothing without a live authentication token", () => {
    const t = tenant({ tokens: [{ id: "e", kind: "ENCRYPTION", stage: "CURRENT", expiresAt: new Date("2025-08-01T03:00:00Z") }] });
    expect(buildCalendarEvents({ now: NOW, tenants: [t], globalBlackoutDays: [] }).map((e) => e.kind)).toEqual(["expiry"]);
  });

  it("orders by day, then expiry, rotation, blackout, then tenant; global blackouts have no tenant", () => {
    const a = tenant({ id: "a", name: "Zeta", nextRotationAt: new Date("2025-07-01T03:00:00Z"), tokens: [{ id: "z", kind: "AUTH", stage: "CURRENT", expiresAt: new Date("2025-07-01T05:00:00Z") }] });
    const b = tenant({ id: "b", name: "Alpha", tokens: [{ id: "y", kind: "AUTH", stage: "CURRENT", expiresAt: new Date("2025-07-01T05:00:00Z") }], nextRotationAt: new Date("2025-06-20T03:00:00Z"), blackoutDays: [{ id: "bb", date: "2025-07-01", reason: "Offsite" }] });
    const events = buildCalendarEvents({ now: NOW, tenants: [a, b], globalBlackoutDays: [{ id: "g", date: "2025-06-20", reason: "Holiday" }] });
    expect(events.map((e) => `${e.date} ${e.kind} ${e.tenantName ?? "*"}`)).toEqual([
      "2025-06-20 rotation Alpha",
      "2025-06-20 blackout *",
      "2025-07-01 expiry Alpha",
      "2025-07-01 expiry Zeta",
      "2025-07-01 rotation Zeta",
      "2025-07-01 blackout Alpha",
    ]);
    expect(events.find((e) => e.id === "blackout-g")).toMatchObject({ tenantId: null, timeZone: null, reason: "Holiday" });
    expect(eventsBetween(events, "2025-06-01", "2025-06-30").map((e) => e.id)).toEqual(["rotation-b", "blackout-g"]);
    expect([...eventsByDay(events).keys()]).toEqual(["2025-06-20", "2025-07-01"]);
    expect(eventsByDay(events).get("2025-07-01")).toHaveLength(4);
  });
});

describe("expiry alarms", () => {
  it.each<[string, string, number[], string[]]>([
    [
      "2025-08-01T03:00:00Z",
      "Asia/Tokyo",
      [7, 30, 1],
      // local midnight in Tokyo of 30, 7 and 1 day(s) before the expiry day, then the expiry itself
      ["30 2025-07-01T15:00:00.000Z", "7 2025-07-24T15:00:00.000Z", "1 2025-07-30T15:00:00.000Z", "0 2025-08-01T03:00:00.000Z"],
    ],
    ["2025-11-03T12:00:00Z", "America/New_York", [2], ["2 2025-11-01T04:00:00.000Z", "0 2025-11-03T12:00:00.000Z"]],
    ["2025-06-10T00:00:00Z", "UTC", [14, 14], ["14 2025-05-27T00:00:00.000Z", "0 2025-06-10T00:00:00.000Z"]],
  ])("expiry %s in %s, thresholds %j", (at, tz, days, out) => {
    expect(expiryAlarms(new Date(at), tz, days).map((a) => `${a.days} ${a.at.toISOString()}`)).toEqual(out);
  });
});
