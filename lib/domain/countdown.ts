// The expiry countdown of a token, in the tenant's time zone. DOMAIN.md: the console's own warning is
// easy to miss, so the product tracks the expiry itself and notifies at thresholds, each once.
// No zod here: the overview and the banner run this in the browser (ThresholdDays is in ./thresholds.ts).
// Thresholds count calendar days in the tenant's zone ("7 days left" starts at local midnight), so a
// notice arrives at the start of a working day rather than at the hour the token was created.
import { addDays, addLocalDaysMs, localDate, localDayIndex, startOfLocalDay } from "./calendar";

export type ThresholdLevel = "notice" | "warning" | "critical";
export type CountdownLevel = "ok" | ThresholdLevel | "expired";

export interface Threshold {
  days: number;
  level: ThresholdLevel;
}

/** The tenant default (the foundation's `thresholdsDays`), most distant first. */
export const DEFAULT_THRESHOLD_DAYS = [30, 14, 7, 1] as const;


/**
 * Levels for a list of days: the most distant is a notice, the next a warning, every closer one
 * critical. The default 30/14/7/1 gives notice, warning, critical, critical (a last call the day before).
 */
export function thresholdsFromDays(days: readonly number[]): Threshold[] {
  return [...new Set(days)]
    .sort((a, b) => b - a)
    .map((d, i) => ({ days: d, level: i === 0 ? "notice" : i === 1 ? "warning" : "critical" }));
}

export const DEFAULT_THRESHOLDS: readonly Threshold[] = thresholdsFromDays(DEFAULT_THRESHOLD_DAYS);

export interface CountdownInput {
  /** The expiry instant (a Date, or epoch milliseconds: a table of countdowns need not build Dates). */
  expiresAt: Date | number;
  now: Date;
  /** The tenant's IANA time zone, e.g. "Asia/Tokyo". */
  timeZone: string;
  thresholds?: readonly Threshold[];
}

export interface Countdown {
  expired: boolean;
  /** Negative once expired. */
  msLeft: number;
  /** Local calendar days from today to the expiry day (0 on the expiry day itself). */
  calendarDaysLeft: number;
  /** Whole local days left (same wall-clock time n days later is still before the expiry). */
  days: number;
  /** Hours left after `days` (up to 24 when the last local day is 25 hours long). */
  hours: number;
  level: CountdownLevel;
  /** The closest threshold reached; null when none is (ok) or the token expired. */
  threshold: Threshold | null;
}

/** How long ago an expired countdown ended, in whole days and hours ("2 d 3 h ago"); zeros before it ends. */
export function expiredAgo(msLeft: number): { days: number; hours: number } {
  const hours = Math.max(0, Math.floor(-msLeft / 3_600_000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** Days and hours left in the tenant's zone and the level from the thresholds. */
export function computeCountdown({ expiresAt, now, timeZone, thresholds = DEFAULT_THRESHOLDS }: CountdownInput): Countdown {
  const end = typeof expiresAt === "number" ? expiresAt : expiresAt.getTime();
  const start = now.getTime();
  const msLeft = end - start;
  const calendarDaysLeft = localDayIndex(end, timeZone) - localDayIndex(start, timeZone);
  if (msLeft <= 0) return { expired: true, msLeft, calendarDaysLeft, days: 0, hours: 0, level: "expired", threshold: null };

  let days = Math.floor(msLeft / 86_400_000);
  while (addLocalDaysMs(start, days + 1, timeZone) <= end) days += 1;
  while (days > 0 && addLocalDaysMs(start, days, timeZone) > end) days -= 1;
  const hours = Math.floor((end - addLocalDaysMs(start, days, timeZone)) / 3_600_000);

  let threshold: Threshold | null = null;
  for (const t of thresholds) if (calendarDaysLeft <= t.days && (!threshold || t.days < threshold.days)) threshold = t;
  return { expired: false, msLeft, calendarDaysLeft, days, hours, level: threshold?.level ?? "ok", threshold };
}

export type CrossedThreshold =
  | { kind: "threshold"; days: number; level: ThresholdLevel; at: Date }
  | { kind: "expired"; days: 0; level: "expired"; at: Date };

export interface CrossingInput {
  expiresAt: Date;
  /** The last instant already notified about (exclusive). */
  from: Date;
  /** Now (inclusive). */
  to: Date;
  timeZone: string;
  thresholds?: readonly Threshold[];
}

/** The instant a threshold is reached: local midnight of the day `days` before the expiry day. */
export function thresholdInstant(expiresAt: Date, days: number, timeZone: string): Date {
  return startOfLocalDay(addDays(localDate(expiresAt, timeZone), -days), timeZone);
}

/**
 * Thresholds (and the expiry) reached in (from, to], oldest first, so a job that runs at any interval
 * notifies each exactly once; a job that was down reports every one it missed.
 */
export function crossedThresholds({ expiresAt, from, to, timeZone, thresholds = DEFAULT_THRESHOLDS }: CrossingInput): CrossedThreshold[] {
  if (to.getTime() < from.getTime()) throw new RangeError("`to` is before `from`");
  const within = (at: Date) => at.getTime() > from.getTime() && at.getTime() <= to.getTime();
  const crossed: CrossedThreshold[] = thresholds
    .map((t) => ({ kind: "threshold" as const, days: t.days, level: t.level, at: thresholdInstant(expiresAt, t.days, timeZone) }))
    .filter((c) => within(c.at));
  if (within(expiresAt)) crossed.push({ kind: "expired", days: 0, level: "expired", at: expiresAt });
  return crossed.sort((a, b) => a.at.getTime() - b.at.getTime() || b.days - a.days);
}
