// The rotation day planner. The runbook: pick the renewal day ahead of time, before the expiry, on a
// day with few enrollments (not a new hires' start day); rotate every 90 days (the minimum validity).
// Hard rule: never a day that is not wholly before the expiry. Soft rules, in order: not a blackout
// day (used only when nothing else is left, and flagged), outside the lead time (time to push tokens
// to devices), a weekday, on schedule (the cadence target or up to `windowDays` before it), the fewest
// expected enrollments, the closest to the target.
import { addDays, daysBetween, localDate, weekday, type CalendarDate } from "./calendar";

export interface PlannerInput {
  now: Date;
  /** The tenant's IANA time zone: days are its calendar days. */
  timeZone: string;
  expiresAt: Date;
  /** The last rotation (or enablement); the cadence counts from it. */
  lastRotatedAt?: Date | null;
  cadenceDays?: number;
  /** Days before the expiry day that a rotation should be done by. */
  leadTimeDays?: number;
  /** Days before the target that still count as on schedule. */
  windowDays?: number;
  blackoutDays?: readonly CalendarDate[];
  /** 0 = Sunday … 6 = Saturday; [] when weekends are working days. */
  weekendDays?: readonly number[];
  /** Expected enrollments per day (new hires, device refreshes); a day not listed counts 0. */
  enrollmentsByDay?: Readonly<Record<CalendarDate, number>>;
  limit?: number;
}

export const PLANNER_DEFAULTS = { cadenceDays: 90, leadTimeDays: 14, windowDays: 14, weekendDays: [0, 6], limit: 5 } as const;

export const PLANNER_REASON_CODES = [
  "cadence-target",
  "on-schedule",
  "early",
  "after-target",
  "weekday",
  "weekend",
  "inside-lead-time",
  "enrollments",
  "fewest-enrollments",
  "blackout-no-alternative",
  "target-from-cadence",
  "target-from-lead-time",
  "target-overdue",
  "no-day-left",
] as const;
export type PlannerReasonCode = (typeof PLANNER_REASON_CODES)[number];

/** A reason with the values its message uses (ICU arguments in messages/<locale>/domain.json). */
export interface DayReason {
  code: PlannerReasonCode;
  message: string;
  params?: Record<string, number>;
}

export interface PlannedDay {
  date: CalendarDate;
  weekday: number;
  daysBeforeExpiry: number;
  enrollments: number | null;
  blackout: boolean;
  weekend: boolean;
  insideLeadTime: boolean;
  onSchedule: boolean;
  reasons: DayReason[];
}

export type RotationDayPlanStatus = "ok" | "blackout-only" | "no-day-left";

export interface RotationDayPlan {
  status: RotationDayPlanStatus;
  today: CalendarDate;
  target: CalendarDate | null;
  /** The last day wholly before the expiry. */
  lastSafeDay: CalendarDate;
  /** Best first. */
  days: PlannedDay[];
  reasons: DayReason[];
}

const MESSAGES: Record<PlannerReasonCode, (p: Record<string, number>) => string> = {
  "cadence-target": () => "The target day.",
  "on-schedule": (p) => `${p.days} day(s) before the target: on schedule.`,
  early: (p) => `${p.days} day(s) before the target: earlier than needed, shortens the token's use.`,
  "after-target": (p) => `${p.days} day(s) after the target.`,
  weekday: () => "A working day.",
  weekend: () => "A weekend day.",
  "inside-lead-time": (p) => `Only ${p.days} day(s) before the expiry, inside the ${p.leadTimeDays}-day lead time.`,
  enrollments: (p) => `${p.count} enrollment(s) expected.`,
  "fewest-enrollments": (p) => `The fewest enrollments expected (${p.count}).`,
  "blackout-no-alternative": () => "A blackout day: no other day is left before the expiry.",
  "target-from-cadence": (p) => `Target: ${p.cadenceDays} days after the last rotation.`,
  "target-from-lead-time": (p) => `Target: ${p.leadTimeDays} days before the expiry.`,
  "target-overdue": () => "The target day has passed: rotate as soon as possible.",
  "no-day-left": () => "No whole day is left before the expiry.",
};

const reason = (code: PlannerReasonCode, params?: Record<string, number>): DayReason =>
  params ? { code, message: MESSAGES[code](params), params } : { code, message: MESSAGES[code]({}) };

// A target far in the future would make the candidate list long; days more than a year from the
// target are never better than the days near it unless all of those are blackout days.
const HORIZON_DAYS = 366;

/** Ranked rotation days before the expiry, with reasons; blackout days only when nothing else is left. */
export function planRotationDays(input: PlannerInput): RotationDayPlan {
  const { now, timeZone, expiresAt } = input;
  const cadenceDays = input.cadenceDays ?? PLANNER_DEFAULTS.cadenceDays;
  const leadTimeDays = input.leadTimeDays ?? PLANNER_DEFAULTS.leadTimeDays;
  const windowDays = input.windowDays ?? PLANNER_DEFAULTS.windowDays;
  const weekendDays = input.weekendDays ?? PLANNER_DEFAULTS.weekendDays;
  const limit = input.limit ?? PLANNER_DEFAULTS.limit;
  const today = localDate(now, timeZone);
  const expiryDay = localDate(expiresAt, timeZone);
  // The expiry instant falls inside its own day, so the day before it is the last one wholly before it.
  const lastSafeDay = addDays(expiryDay, -1);
  if (daysBetween(today, lastSafeDay) < 0) return { status: "no-day-left", today, target: null, lastSafeDay, days: [], reasons: [reason("no-day-left")] };

  const latestPreferred = addDays(expiryDay, -leadTimeDays);
  const fromCadence = input.lastRotatedAt ? addDays(localDate(input.lastRotatedAt, timeZone), cadenceDays) : null;
  const cadenceFirst = fromCadence !== null && daysBetween(fromCadence, latestPreferred) > 0;
  const planReasons = [cadenceFirst ? reason("target-from-cadence", { cadenceDays }) : reason("target-from-lead-time", { leadTimeDays })];
  let target = cadenceFirst && fromCadence ? fromCadence : latestPreferred;
  if (daysBetween(lastSafeDay, target) > 0) target = lastSafeDay;
  if (daysBetween(today, target) < 0) {
    target = today;
    planReasons.push(reason("target-overdue"));
  }

  const blackout = new Set(input.blackoutDays ?? []);
  const start = daysBetween(today, addDays(target, -HORIZON_DAYS)) > 0 ? addDays(target, -HORIZON_DAYS) : today;
  const end = daysBetween(addDays(target, HORIZON_DAYS), lastSafeDay) > 0 ? addDays(target, HORIZON_DAYS) : lastSafeDay;
  const all: PlannedDay[] = [];
  for (let d = start; daysBetween(d, end) >= 0; d = addDays(d, 1)) {
    const fromTarget = daysBetween(target, d);
    all.push({
      date: d,
      weekday: weekday(d),
      daysBeforeExpiry: daysBetween(d, expiryDay),
      enrollments: input.enrollmentsByDay ? (input.enrollmentsByDay[d] ?? 0) : null,
      blackout: blackout.has(d),
      weekend: weekendDays.includes(weekday(d)),
      insideLeadTime: daysBetween(d, expiryDay) < leadTimeDays,
      onSchedule: fromTarget <= 0 && fromTarget >= -windowDays,
      reasons: [],
    });
  }
  const open = all.filter((d) => !d.blackout);
  const pool = open.length > 0 ? open : all;
  const rank = (d: PlannedDay) => [+d.insideLeadTime, +d.weekend, +!d.onSchedule, d.enrollments ?? 0, Math.abs(daysBetween(target, d.date))];
  const compare = (a: PlannedDay, b: PlannedDay) => {
    const [ka, kb] = [rank(a), rank(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return daysBetween(b.date, a.date);
  };
  const fewest = Math.min(...pool.map((d) => d.enrollments ?? 0));
  const days = [...pool].sort(compare).slice(0, Math.max(1, limit));
  for (const d of days) d.reasons = dayReasons(d, target, leadTimeDays, fewest);
  return { status: open.length > 0 ? "ok" : "blackout-only", today, target, lastSafeDay, days, reasons: planReasons };
}

function dayReasons(d: PlannedDay, target: CalendarDate, leadTimeDays: number, fewest: number): DayReason[] {
  const fromTarget = daysBetween(target, d.date);
  const reasons: DayReason[] = [];
  if (d.blackout) reasons.push(reason("blackout-no-alternative"));
  if (fromTarget === 0) reasons.push(reason("cadence-target"));
  else if (fromTarget > 0) reasons.push(reason("after-target", { days: fromTarget }));
  else reasons.push(reason(d.onSchedule ? "on-schedule" : "early", { days: -fromTarget }));
  if (d.insideLeadTime) reasons.push(reason("inside-lead-time", { days: d.daysBeforeExpiry, leadTimeDays }));
  reasons.push(reason(d.weekend ? "weekend" : "weekday"));
  if (d.enrollments !== null) reasons.push(reason(d.enrollments === fewest ? "fewest-enrollments" : "enrollments", { count: d.enrollments }));
  return reasons;
}
