// The iCalendar (RFC 5545) rendering of calendar events, through ical-generator. Pure: events and
// words in, text out (unit-tested without a database). Every event is an all-day event on its day in
// the tenant's zone (a DATE value: the same date in every viewer's calendar, as on the page); the
// expiry's exact instant is in the description, and its alarms fire at absolute UTC instants (the
// tenant's local midnight of each threshold day), so they are right whatever zone the viewer is in.
// Nothing secret goes in: no token values, no fingerprints, no feed secret.
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import { addDays, parseCalendarDate } from "@/lib/domain/calendar";
import type { CalendarEvent } from "@/lib/domain/calendar-events";

export interface ICalWords {
  calendarName: string;
  expirySummary: (e: Extract<CalendarEvent, { kind: "expiry" }>) => string;
  expiryDescription: (e: Extract<CalendarEvent, { kind: "expiry" }>) => string;
  alarmDescription: (e: Extract<CalendarEvent, { kind: "expiry" }>, days: number) => string;
  rotationSummary: (e: Extract<CalendarEvent, { kind: "rotation" }>) => string;
  blackoutSummary: (e: Extract<CalendarEvent, { kind: "blackout" }>) => string;
}

export interface ICalInput {
  events: readonly CalendarEvent[];
  words: ICalWords;
  /** the app's public URL: events link to the tenant's page */
  appUrl: string;
  now: Date;
}

const DOMAIN = "enrollment-health";

// A DATE value is a day, not an instant: hand ical-generator the day as a UTC midnight with the
// `floating` flag off and it writes the UTC calendar date, which is the day we mean.
const asDay = (date: string) => {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day));
};

/** The feed's text (VCALENDAR with one VEVENT per event, VALARMs on expiries). */
export function renderICalendar({ events, words, appUrl, now }: ICalInput): string {
  const cal = ical({
    name: words.calendarName,
    prodId: { company: "Enrollment Health", product: "Token calendar", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar clients re-fetch about every hour (REFRESH-INTERVAL / X-PUBLISHED-TTL).
    ttl: 60 * 60,
  });
  const base = appUrl.replace(/\/+$/, "");
  for (const e of events) {
    const common = {
      id: `${e.id}@${DOMAIN}`,
      start: asDay(e.date),
      end: asDay(addDays(e.date, 1)),
      allDay: true,
      stamp: now,
      url: e.tenantId ? `${base}/tenants/${encodeURIComponent(e.tenantId)}` : `${base}/calendar`,
      transparency: ICalEventTransparency.TRANSPARENT,
    };
    if (e.kind === "expiry") {
      cal.createEvent({
        ...common,
        summary: words.expirySummary(e),
        description: words.expiryDescription(e),
        categories: [{ name: "EXPIRY" }],
        alarms: e.alarms
          .filter((a) => a.at.getTime() > now.getTime() - 86_400_000)
          .map((a) => ({ type: ICalAlarmType.display, trigger: a.at, description: words.alarmDescription(e, a.days) })),
      });
    } else if (e.kind === "rotation") {
      cal.createEvent({ ...common, summary: words.rotationSummary(e), description: e.note ?? undefined, categories: [{ name: e.planned ? "ROTATION" : "SUGGESTED-ROTATION" }] });
    } else {
      cal.createEvent({ ...common, summary: words.blackoutSummary(e), categories: [{ name: "BLACKOUT" }] });
    }
  }
  return cal.toString();
}
