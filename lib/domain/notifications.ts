// Which alerts a token calls for, and when a notification goes out. Pure rules, no I/O.
// Never a torrent: a token has at most one open alert, for the closest threshold it has reached
// (a scan that first sees a token 9 days out raises the 14-day warning, not also the 30-day notice),
// and the database's unique (token, threshold) key makes each threshold notify once.
// Threshold 0 stands for "expired".
import { isCalendarDate, startOfLocalDay } from "./calendar";
import { computeCountdown, thresholdsFromDays } from "./countdown";

export type AlertLevel = "NOTICE" | "WARNING" | "CRITICAL" | "EXPIRED";
export type DeliveryPurpose = "alert" | "escalation" | "test";

export const EXPIRED_THRESHOLD = 0;
/** A critical or expired alert nobody acknowledged goes to the escalation channels after this long. */
export const DEFAULT_ESCALATION_DELAY_HOURS = 4;
export const LEVEL_ORDER: Record<AlertLevel, number> = { NOTICE: 1, WARNING: 2, CRITICAL: 3, EXPIRED: 4 };

export interface DueAlert {
  thresholdDays: number;
  level: AlertLevel;
}

/** The alert a token calls for now: its closest threshold reached, or expired; null while all is well. */
export function alertDue({ expiresAt, now, timeZone, thresholdsDays }: { expiresAt: Date; now: Date; timeZone: string; thresholdsDays: readonly number[] }): DueAlert | null {
  const c = computeCountdown({ expiresAt, now, timeZone, thresholds: thresholdsFromDays(thresholdsDays) });
  if (c.expired) return { thresholdDays: EXPIRED_THRESHOLD, level: "EXPIRED" };
  if (!c.threshold) return null;
  return { thresholdDays: c.threshold.days, level: c.threshold.level.toUpperCase() as AlertLevel };
}

export interface ScanToken {
  id: string;
  expiresAt: Date | null;
  /** a current token (not previous, retired or replaced): the only ones whose expiry matters */
  active: boolean;
}

export interface ScanAlert {
  id: string;
  tokenId: string;
  thresholdDays: number;
  resolved: boolean;
}

export type ResolveReason = "superseded" | "cleared";

export interface AlertPlan {
  raise: { tokenId: string; thresholdDays: number; level: AlertLevel }[];
  /** alerts resolved earlier (an extension moved the expiry out) that are due again */
  reopen: { alertId: string; level: AlertLevel }[];
  /** superseded: a closer threshold took over; cleared: no longer due (extended, rotated away, no expiry) */
  resolve: { alertId: string; reason: ResolveReason }[];
}

/** What one scan of a tenant's tokens must change, given the alerts already stored for them. */
export function planAlerts({
  tokens,
  alerts,
  now,
  timeZone,
  thresholdsDays,
}: {
  tokens: readonly ScanToken[];
  alerts: readonly ScanAlert[];
  now: Date;
  timeZone: string;
  thresholdsDays: readonly number[];
}): AlertPlan {
  const plan: AlertPlan = { raise: [], reopen: [], resolve: [] };
  const byToken = new Map<string, ScanAlert[]>();
  for (const a of alerts) byToken.set(a.tokenId, [...(byToken.get(a.tokenId) ?? []), a]);
  const seen = new Set<string>();
  for (const token of tokens) {
    seen.add(token.id);
    const due = token.active && token.expiresAt ? alertDue({ expiresAt: token.expiresAt, now, timeZone, thresholdsDays }) : null;
    const mine = byToken.get(token.id) ?? [];
    for (const a of mine) {
      if (a.resolved || (due && a.thresholdDays === due.thresholdDays)) continue;
      plan.resolve.push({ alertId: a.id, reason: due && a.thresholdDays > due.thresholdDays ? "superseded" : "cleared" });
    }
    if (!due) continue;
    const existing = mine.find((a) => a.thresholdDays === due.thresholdDays);
    if (!existing) plan.raise.push({ tokenId: token.id, ...due });
    else if (existing.resolved) plan.reopen.push({ alertId: existing.id, level: due.level });
  }
  // Alerts of tokens that are gone from the scan (deleted, another tenant's) are cleared too.
  for (const a of alerts) if (!seen.has(a.tokenId) && !a.resolved) plan.resolve.push({ alertId: a.id, reason: "cleared" });
  return plan;
}

export interface AlertState {
  level: AlertLevel;
  createdAt: Date;
  acknowledgedAt: Date | null;
  snoozedUntil: Date | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
}

export const isSnoozed = (a: Pick<AlertState, "snoozedUntil">, now: Date) => a.snoozedUntil !== null && a.snoozedUntil.getTime() > now.getTime();

export type Disposition = "send" | "hold" | "cancel";

/**
 * What to do with a notification that is about to go out: send it; hold it (the tenant is mid-rotation,
 * or the alert is snoozed: it goes out later if still relevant); or cancel it (resolved or acknowledged
 * since it was queued: someone is on it, or it no longer applies).
 */
export function deliveryDisposition({ purpose, alert, now, quiet }: { purpose: DeliveryPurpose; alert: AlertState | null; now: Date; quiet: boolean }): Disposition {
  if (purpose === "test") return "send";
  if (!alert || alert.resolvedAt || alert.acknowledgedAt) return "cancel";
  if (quiet || isSnoozed(alert, now)) return "hold";
  return "send";
}

/** A critical or expired alert, unacknowledged for `delayHours`, not snoozed, resolved or already escalated. */
export function escalationDue({ alert, now, quiet, delayHours }: { alert: AlertState; now: Date; quiet: boolean; delayHours: number }): boolean {
  if (LEVEL_ORDER[alert.level] < LEVEL_ORDER.CRITICAL) return false;
  if (alert.acknowledgedAt || alert.resolvedAt || alert.escalatedAt || quiet || isSnoozed(alert, now)) return false;
  return now.getTime() - alert.createdAt.getTime() >= delayHours * 3_600_000;
}

export interface ChannelRef {
  id: string;
  tenantId: string | null;
  escalation: boolean;
  enabled: boolean;
}

/** The channels a tenant's alert goes to: enabled, for that tenant or all; escalation channels only escalate. */
export function channelsFor(channels: readonly ChannelRef[], tenantId: string, purpose: Exclude<DeliveryPurpose, "test">): string[] {
  return channels.filter((c) => c.enabled && (c.tenantId === null || c.tenantId === tenantId) && c.escalation === (purpose === "escalation")).map((c) => c.id);
}

export type SnoozeChoice = { days: 1 | 3 | 7 } | { untilDate: string };
export const MAX_SNOOZE_DAYS = 30;

/**
 * When a snooze ends: n days from now, or the start of a calendar day in the tenant's zone. Throws
 * RangeError for a day not in the future or beyond the maximum (a snooze must not hide an expiry for long).
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date, timeZone: string): Date {
  if ("untilDate" in choice && !isCalendarDate(choice.untilDate)) throw new RangeError("Not a calendar date");
  const until = "days" in choice ? new Date(now.getTime() + choice.days * 86_400_000) : startOfLocalDay(choice.untilDate, timeZone);
  if (until.getTime() <= now.getTime()) throw new RangeError("The snooze must end in the future");
  if (until.getTime() - now.getTime() > MAX_SNOOZE_DAYS * 86_400_000) throw new RangeError(`A snooze lasts at most ${MAX_SNOOZE_DAYS} days`);
  return until;
}
