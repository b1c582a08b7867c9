import { describe, expect, it } from "vitest";
import {
  alertDue,
  channelsFor,
  deliveryDisposition,
  escalationDue,
  planAlerts,
  snoozeUntil,
  type AlertState,
  type DueAlert,
  type ScanAlert,
  type ScanToken,
} from "./notifications";

const TOKYO = "Asia/Tokyo";
const DEFAULT = [30, 14, 7, 1];
// Expires 2026-12-31 18:00 in Tokyo.
const expiresAt = new Date("2026-12-31T18:00:00+09:00");

describe("alertDue: the closest threshold reached, in the tenant's zone", () => {
  it.each<[string, DueAlert | null]>([
    ["2026-11-30T23:59:59+09:00", null],
    ["2026-12-01T00:00:00+09:00", { thresholdDays: 30, level: "NOTICE" }],
    ["2026-12-17T00:00:00+09:00", { thresholdDays: 14, level: "WARNING" }],
    ["2026-12-24T00:00:00+09:00", { thresholdDays: 7, level: "CRITICAL" }],
    ["2026-12-30T00:00:00+09:00", { thresholdDays: 1, level: "CRITICAL" }],
    ["2026-12-31T17:59:59+09:00", { thresholdDays: 1, level: "CRITICAL" }],
    ["2026-12-31T18:00:00+09:00", { thresholdDays: 0, level: "EXPIRED" }],
    ["2027-02-01T00:00:00+09:00", { thresholdDays: 0, level: "EXPIRED" }],
  ])("at %s → %j", (now, due) => {
    expect(alertDue({ expiresAt, now: new Date(now), timeZone: TOKYO, thresholdsDays: DEFAULT })).toEqual(due);
  });

  it("follows the tenant's own thresholds", () => {
    expect(alertDue({ expiresAt, now: new Date("2026-12-10T00:00:00+09:00"), timeZone: TOKYO, thresholdsDays: [60, 21] })).toEqual({ thresholdDays: 21, level: "WARNING" });
    expect(alertDue({ expiresAt, now: new Date("2026-12-10T00:00:00+09:00"), timeZone: TOKYO, thresholdsDays: [10] })).toBeNull();
  });

  it("counts local days: the same instant is 30 days out in Tokyo but 31 in New York", () => {
    const now = new Date("2026-11-30T16:00:00Z"); // Dec 1 01:00 in Tokyo; Nov 30 11:00 in New York
    expect(alertDue({ expiresAt, now, timeZone: TOKYO, thresholdsDays: DEFAULT })?.thresholdDays).toBe(30);
    expect(alertDue({ expiresAt, now, timeZone: "America/New_York", thresholdsDays: DEFAULT })).toBeNull();
  });
});

describe("planAlerts: one alert per token per threshold, never a torrent", () => {
  const now = new Date("2026-12-22T09:00:00+09:00"); // 9 days left: the 14-day warning
  const token: ScanToken = { id: "t1", expiresAt, active: true };
  const alert = (thresholdDays: number, resolved = false, id = `a${thresholdDays}`): ScanAlert => ({ id, tokenId: "t1", thresholdDays, resolved });
  const plan = (alerts: ScanAlert[], tokens = [token], at = now) => planAlerts({ tokens, alerts, now: at, timeZone: TOKYO, thresholdsDays: DEFAULT });

  it.each<[string, ScanAlert[], ReturnType<typeof plan>]>([
    ["first scan 9 days out raises only the 14-day warning", [], { raise: [{ tokenId: "t1", thresholdDays: 14, level: "WARNING" }], reopen: [], resolve: [] }],
    ["a second scan changes nothing", [alert(14)], { raise: [], reopen: [], resolve: [] }],
    ["the 30-day notice is superseded", [alert(30), alert(14)], { raise: [], reopen: [], resolve: [{ alertId: "a30", reason: "superseded" }] }],
    ["a resolved alert stays resolved", [alert(30, true), alert(14)], { raise: [], reopen: [], resolve: [] }],
    ["a 7-day alert after an extension back to 9 days is cleared", [alert(7)], { raise: [{ tokenId: "t1", thresholdDays: 14, level: "WARNING" }], reopen: [], resolve: [{ alertId: "a7", reason: "cleared" }] }],
    ["a resolved alert due again is reopened", [alert(14, true)], { raise: [], reopen: [{ alertId: "a14", level: "WARNING" }], resolve: [] }],
  ])("%s", (_name, alerts, expected) => {
    expect(plan(alerts)).toEqual(expected);
  });

  it("moves on to the 7-day critical a few days later", () => {
    expect(plan([alert(14)], [token], new Date("2026-12-24T00:00:00+09:00"))).toEqual({
      raise: [{ tokenId: "t1", thresholdDays: 7, level: "CRITICAL" }],
      reopen: [],
      resolve: [{ alertId: "a14", reason: "superseded" }],
    });
  });

  it("raises the expired alert (threshold 0) once the token has expired", () => {
    expect(plan([alert(1)], [token], new Date("2027-01-01T00:00:00+09:00")).raise).toEqual([{ tokenId: "t1", thresholdDays: 0, level: "EXPIRED" }]);
  });

  it.each<[string, ScanToken]>([
    ["rotated away (not current)", { id: "t1", expiresAt, active: false }],
    ["without an expiry", { id: "t1", expiresAt: null, active: true }],
  ])("clears the alerts of a token %s and raises nothing", (_name, t) => {
    expect(plan([alert(14)], [t])).toEqual({ raise: [], reopen: [], resolve: [{ alertId: "a14", reason: "cleared" }] });
  });

  it("clears the alerts of a token that is gone", () => {
    expect(plan([alert(14)], [])).toEqual({ raise: [], reopen: [], resolve: [{ alertId: "a14", reason: "cleared" }] });
  });

  it("raises nothing for a token far from expiry", () => {
    expect(plan([], [{ id: "t2", expiresAt: new Date("2027-06-01T00:00:00Z"), active: true }])).toEqual({ raise: [], reopen: [], resolve: [] });
  });
});

const base: AlertState = { level: "CRITICAL", createdAt: new Date("2026-12-24T00:00:00Z"), acknowledgedAt: null, snoozedUntil: null, escalatedAt: null, resolvedAt: null };
const at = (h: number) => new Date(base.createdAt.getTime() + h * 3_600_000);

describe("deliveryDisposition", () => {
  it.each<[string, Partial<AlertState> | null, boolean, "alert" | "escalation" | "test", string]>([
    ["an open alert is sent", {}, false, "alert", "send"],
    ["quiet while a rotation runs: held", {}, true, "alert", "hold"],
    ["snoozed: held", { snoozedUntil: at(24) }, false, "alert", "hold"],
    ["a snooze that ended: sent", { snoozedUntil: at(0.5) }, false, "alert", "send"],
    ["acknowledged since queued: cancelled", { acknowledgedAt: at(0.5) }, false, "escalation", "cancel"],
    ["resolved since queued: cancelled", { resolvedAt: at(0.5) }, true, "alert", "cancel"],
    ["a test is always sent", null, true, "test", "send"],
    ["an alert delivery without its alert: cancelled", null, false, "alert", "cancel"],
  ])("%s", (_name, patch, quiet, purpose, expected) => {
    expect(deliveryDisposition({ purpose, alert: patch ? { ...base, ...patch } : null, now: at(1), quiet })).toBe(expected);
  });
});

describe("escalationDue: critical and unacknowledged for the delay", () => {
  it.each<[string, Partial<AlertState>, number, boolean, boolean]>([
    ["critical, 4 hours unacknowledged", {}, 4, false, true],
    ["critical, not yet 4 hours", {}, 3.9, false, false],
    ["expired counts as critical", { level: "EXPIRED" }, 5, false, true],
    ["a warning never escalates", { level: "WARNING" }, 100, false, false],
    ["acknowledged", { acknowledgedAt: at(1) }, 5, false, false],
    ["snoozed", { snoozedUntil: at(48) }, 5, false, false],
    ["already escalated", { escalatedAt: at(4) }, 5, false, false],
    ["resolved", { resolvedAt: at(2) }, 5, false, false],
    ["quiet during a rotation", {}, 5, true, false],
  ])("%s → %s", (_name, patch, hours, quiet, expected) => {
    expect(escalationDue({ alert: { ...base, ...patch }, now: at(hours), quiet, delayHours: 4 })).toBe(expected);
  });
});

describe("channelsFor", () => {
  const channels = [
    { id: "all", tenantId: null, escalation: false, enabled: true },
    { id: "acme", tenantId: "acme", escalation: false, enabled: true },
    { id: "globex", tenantId: "globex", escalation: false, enabled: true },
    { id: "off", tenantId: null, escalation: false, enabled: false },
    { id: "pager", tenantId: null, escalation: true, enabled: true },
    { id: "acme-pager", tenantId: "acme", escalation: true, enabled: true },
  ];
  it.each<[string, "alert" | "escalation", string[]]>([
    ["acme", "alert", ["all", "acme"]],
    ["acme", "escalation", ["pager", "acme-pager"]],
    ["initech", "alert", ["all"]],
    ["initech", "escalation", ["pager"]],
  ])("%s, %s → %j", (tenantId, purpose, ids) => {
    expect(channelsFor(channels, tenantId, purpose)).toEqual(ids);
  });
});

describe("snoozeUntil", () => {
  const now = new Date("2026-12-20T03:00:00Z");
  it("n days from now", () => {
    expect(snoozeUntil({ days: 3 }, now, TOKYO)).toEqual(new Date("2026-12-23T03:00:00Z"));
  });
  it("until the start of a day in the tenant's zone", () => {
    expect(snoozeUntil({ untilDate: "2026-12-22" }, now, TOKYO)).toEqual(new Date("2026-12-22T00:00:00+09:00"));
  });
  it.each([["today (already begun)", "2026-12-20"], ["beyond 30 days", "2027-02-01"], ["not a date", "2026-13-01"]])("refuses %s", (_name, untilDate) => {
    expect(() => snoozeUntil({ untilDate }, now, TOKYO)).toThrow(RangeError);
  });
});
