// Calendar days in a tenant's IANA time zone, with Intl.DateTimeFormat only (no Temporal, no library).
// Countdowns and the rotation planner reason in local days ("expires in 7 days", "not on a new hires'
// start day"), and a local day is 23 or 25 hours long around a DST change.

/** A calendar date, "YYYY-MM-DD". */
export type CalendarDate = string;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeWallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
    millisecond: instant.getUTCMilliseconds(),
  };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);

/** The offset at one instant, from the zone's wall clock (formatToParts: the costly part). */
const exactOffset = (ms: number, timeZone: string) => asUtc(computeWallTime(new Date(ms), timeZone)) - ms;

// Offsets change a few times a year, at whole minutes, and never twice within a quarter hour. So the
// offset is remembered per zone and quarter hour: when it is the same at both ends of the quarter hour
// it holds for every instant in it; otherwise (the quarter hour of a transition) it is computed
// exactly each time. A render then costs a map lookup per instant instead of a formatToParts, and the
// day arithmetic below works on numbers (a countdown used to build ~60 Date objects).
const DAY_MS = 86_400_000;
const OFFSET_BUCKET_MS = 15 * 60_000;
const bucketOffsets = new Map<string, Map<number, number>>();
const BUCKET_OFFSETS_MAX = 20_000;

function offsetAt(t: number, timeZone: string): number {
  const bucket = Math.floor(t / OFFSET_BUCKET_MS);
  let zone = bucketOffsets.get(timeZone);
  if (!zone) bucketOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * OFFSET_BUCKET_MS;
    const first = exactOffset(start, timeZone);
    offset = first === exactOffset(start + OFFSET_BUCKET_MS - 1, timeZone) ? first : NaN;
    if (zone.size >= BUCKET_OFFSETS_MAX) zone.clear();
    zone.set(bucket, offset);
  }
  return Number.isNaN(offset) ? exactOffset(t, timeZone) : offset;
}

/** The zone's offset from UTC at an instant, in milliseconds (Tokyo: +9 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  return offsetAt(instant.getTime(), timeZone);
}

/** The wall clock of an instant as milliseconds read as if it were UTC (instant + offset). */
const localMs = (t: number, timeZone: string) => t + offsetAt(t, timeZone);

/** The wall-clock time of an instant in a zone. */
function wallTime(instant: Date, timeZone: string): WallTime {
  const local = new Date(localMs(instant.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

/** The instant (ms) of a wall-clock time given as local milliseconds; see zonedTimeToInstant. */
function instantOfLocal(local: number, timeZone: string): number {
  // The offsets a day before and a day after bracket any single transition; each gives one candidate.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const first = local - before;
  const second = local - after;
  const firstValid = offsetAt(first, timeZone) === before;
  const secondValid = offsetAt(second, timeZone) === after;
  // Both valid: a repeated time, take the first. None: a skipped time, shift it by the old offset.
  if (firstValid && secondValid) return Math.min(first, second);
  if (firstValid) return first;
  if (secondValid) return second;
  return first;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a DST jump maps to the same
 * distance after the jump (02:30 on a spring-forward night is 03:30); a repeated time maps to its
 * first occurrence.
 */
export function zonedTimeToInstant(w: WallTime, timeZone: string): Date {
  return new Date(instantOfLocal(asUtc(w), timeZone));
}

/** The local calendar day of an instant as a day number (days since 1970-01-01 in that zone). */
export function localDayIndex(t: number, timeZone: string): number {
  return Math.floor(localMs(t, timeZone) / DAY_MS);
}

/** addLocalDays on milliseconds: the same wall-clock time n local days later. */
export function addLocalDaysMs(t: number, n: number, timeZone: string): number {
  return instantOfLocal(localMs(t, timeZone) + n * DAY_MS, timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY-MM-DD HH:mm" of an instant in a zone (24-hour clock; the same in every runtime and locale). */
export function localDateTime(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The calendar date of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): CalendarDate {
  const w = wallTime(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits "YYYY-MM-DD"; throws RangeError for anything else or an impossible date. */
export function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const m = DATE_PATTERN.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new RangeError(`not a calendar date: ${date}`);
  return { year, month, day };
}

/** Whether a string is a real "YYYY-MM-DD" date. */
export function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

const dayNumber = (date: CalendarDate) => {
  const { year, month, day } = parseCalendarDate(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** The date n days later (earlier when negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  const d = new Date((dayNumber(date) + n) * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(dayNumber(date) * 86_400_000).getUTCDay();
}

/** The first instant of a local day (midnight, or the first existing time when midnight is skipped). */
export function startOfLocalDay(date: CalendarDate, timeZone: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  return zonedTimeToInstant({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The same wall-clock time n local days later (DST-aware: a local day may be 23 or 25 hours). */
export function addLocalDays(instant: Date, n: number, timeZone: string): Date {
  return new Date(addLocalDaysMs(instant.getTime(), n, timeZone));
}

// ───────────── months (the calendar page's grid) ─────────────

/** A calendar month, "YYYY-MM". */
export type CalendarMonth = string;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Whether a string is a real "YYYY-MM" month (years 1970–9999). */
export function isCalendarMonth(value: string): boolean {
  const m = MONTH_PATTERN.exec(value);
  return !!m && Number(m[1]) >= 1970 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The month of a date ("2025-06-14" → "2025-06"). */
export function monthOf(date: CalendarDate): CalendarMonth {
  parseCalendarDate(date);
  return date.slice(0, 7);
}

/** The month n months later (earlier when negative). */
export function addMonths(month: CalendarMonth, n: number): CalendarMonth {
  if (!isCalendarMonth(month)) throw new RangeError(`not a calendar month: ${month}`);
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The first and last day of a month. */
export function monthBounds(month: CalendarMonth): { first: CalendarDate; last: CalendarDate } {
  const first = `${month}-01`;
  if (!isCalendarMonth(month)) throw new RangeError(`not a calendar month: ${month}`);
  return { first, last: addDays(`${addMonths(month, 1)}-01`, -1) };
}

export interface MonthGridDay {
  date: CalendarDate;
  inMonth: boolean;
}

/**
 * The weeks shown for a month: whole weeks from the week holding the 1st to the week holding the last
 * day, starting on `weekStartsOn` (0 = Sunday, as in Japan and the US; 1 = Monday, ISO). 4–6 rows.
 */
export function monthGrid(month: CalendarMonth, weekStartsOn: 0 | 1 = 0): MonthGridDay[][] {
  const { first, last } = monthBounds(month);
  const start = addDays(first, -((weekday(first) - weekStartsOn + 7) % 7));
  const end = addDays(last, (weekStartsOn + 6 - weekday(last) + 7) % 7);
  const weeks: MonthGridDay[][] = [];
  for (let d = start; daysBetween(d, end) >= 0; d = addDays(d, 7))
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)).map((date) => ({ date, inMonth: date.startsWith(month) })));
  return weeks;
}
