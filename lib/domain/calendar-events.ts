// What the calendar shows (the month view, the list, the iCalendar feed): token expiries, planned
// (or, when none is set, suggested) rotation days and blackout days, each on its calendar day in the
// tenant's own time zone. A global blackout day (company holiday) has no tenant and no zone: it is the
// same date everywhere. Pure: the page and the feed are two renderings of the same events.
import { daysBetween, localDate, type CalendarDate } from "./calendar";
import { computeCountdown, thresholdInstant, thresholdsFromDays, type CountdownLevel } from "./countdown";
import { planRotationDays } from "./planner";

export type TokenKindName = "AUTH" | "ENCRYPTION";

export interface CalendarTokenInput {
  id: string;
  kind: TokenKindName;
  stage: string;
  expiresAt: Date | null;
}

export interface CalendarTenantInput {
  id: string;
  name: string;
  timeZone: string;
  thresholdsDays: readonly number[];
  rotationCadenceDays: number;
  rotationLeadDays: number;
  nextRotationAt: Date | null;
  nextRotationNote?: string | null;
  lastRotatedAt?: Date | null;
  tokens: readonly CalendarTokenInput[];
  /** this tenant's own blackout days */
  blackoutDays: readonly { id: string; date: CalendarDate; reason: string }[];
}

export interface CalendarInput {
  now: Date;
  tenants: readonly CalendarTenantInput[];
  /** blackout days of every tenant (tenantId null) */
  globalBlackoutDays: readonly { id: string; date: CalendarDate; reason: string }[];
}

export interface ExpiryAlarm {
  /** days before the expiry day (0: the expiry instant itself) */
  days: number;
  at: Date;
}

interface EventBase {
  /** stable across renderings: the iCalendar UID is built from it */
  id: string;
  date: CalendarDate;
  tenantId: string | null;
  tenantName: string | null;
  timeZone: string | null;
}

export type CalendarEvent =
  | (EventBase & { kind: "expiry"; at: Date; tokenKind: TokenKindName; stage: string; level: CountdownLevel; daysLeft: number; alarms: ExpiryAlarm[] })
  | (EventBase & { kind: "rotation"; at: Date | null; planned: boolean; note: string | null })
  | (EventBase & { kind: "blackout"; reason: string });

export type CalendarEventKind = CalendarEvent["kind"];

const KIND_ORDER: Record<CalendarEventKind, number> = { expiry: 0, rotation: 1, blackout: 2 };
/** Stages whose expiry still matters: a previous or retired token's expiry is history. */
const LIVE_STAGES = new Set(["CURRENT", "PENDING"]);

/** Every event, ordered by day, then expiries before rotations before blackouts, then tenant. */
export function buildCalendarEvents({ now, tenants, globalBlackoutDays }: CalendarInput): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const t of tenants) {
    const thresholds = thresholdsFromDays(t.thresholdsDays.length ? t.thresholdsDays : [30, 14, 7, 1]);
    const live = t.tokens.filter((k): k is CalendarTokenInput & { expiresAt: Date } => k.expiresAt !== null && LIVE_STAGES.has(k.stage));
    for (const k of live) {
      const c = computeCountdown({ expiresAt: k.expiresAt, now, timeZone: t.timeZone, thresholds });
      events.push({
        kind: "expiry",
        id: `expiry-${k.id}`,
        date: localDate(k.expiresAt, t.timeZone),
        tenantId: t.id,
        tenantName: t.name,
        timeZone: t.timeZone,
        at: k.expiresAt,
        tokenKind: k.kind,
        stage: k.stage,
        level: c.level,
        daysLeft: c.calendarDaysLeft,
        alarms: expiryAlarms(k.expiresAt, t.timeZone, thresholds.map((x) => x.days)),
      });
    }
    const rotation = rotationEvent(t, live, now);
    if (rotation) events.push(rotation);
    for (const b of t.blackoutDays) events.push({ kind: "blackout", id: `blackout-${b.id}`, date: b.date, tenantId: t.id, tenantName: t.name, timeZone: t.timeZone, reason: b.reason });
  }
  for (const b of globalBlackoutDays) events.push({ kind: "blackout", id: `blackout-${b.id}`, date: b.date, tenantId: null, tenantName: null, timeZone: null, reason: b.reason });
  return events.sort(
    (a, b) => daysBetween(b.date, a.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.tenantName ?? "").localeCompare(b.tenantName ?? "") || a.id.localeCompare(b.id),
  );
}

/** Alarms at each threshold (local midnight of the day `days` before the expiry day) and at the expiry. */
export function expiryAlarms(expiresAt: Date, timeZone: string, thresholdDays: readonly number[]): ExpiryAlarm[] {
  const alarms = [...new Set(thresholdDays)].sort((a, b) => b - a).map((days) => ({ days, at: thresholdInstant(expiresAt, days, timeZone) }));
  return [...alarms, { days: 0, at: expiresAt }];
}

// The planned day when someone set one; otherwise the planner's best day before the earliest live
// authentication token's expiry (suggested, not planned: the page and the feed say which).
function rotationEvent(t: CalendarTenantInput, live: readonly (CalendarTokenInput & { expiresAt: Date })[], now: Date): CalendarEvent | null {
  const base = { id: `rotation-${t.id}`, tenantId: t.id, tenantName: t.name, timeZone: t.timeZone };
  if (t.nextRotationAt) return { kind: "rotation", ...base, date: localDate(t.nextRotationAt, t.timeZone), at: t.nextRotationAt, planned: true, note: t.nextRotationNote ?? null };
  const auth = live.filter((k) => k.kind === "AUTH").sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime())[0];
  if (!auth) return null;
  const plan = planRotationDays({
    now,
    timeZone: t.timeZone,
    expiresAt: auth.expiresAt,
    lastRotatedAt: t.lastRotatedAt ?? null,
    cadenceDays: t.rotationCadenceDays,
    leadTimeDays: t.rotationLeadDays,
    blackoutDays: t.blackoutDays.map((b) => b.date),
    limit: 1,
  });
  const day = plan.days[0];
  return day ? { kind: "rotation", ...base, date: day.date, at: null, planned: false, note: null } : null;
}

/** The events on days first…last (inclusive). */
export function eventsBetween(events: readonly CalendarEvent[], first: CalendarDate, last: CalendarDate): CalendarEvent[] {
  return events.filter((e) => daysBetween(first, e.date) >= 0 && daysBetween(e.date, last) >= 0);
}

/** Events keyed by day, in their order. */
export function eventsByDay(events: readonly CalendarEvent[]): Map<CalendarDate, CalendarEvent[]> {
  const map = new Map<CalendarDate, CalendarEvent[]>();
  for (const e of events) map.set(e.date, [...(map.get(e.date) ?? []), e]);
  return map;
}
