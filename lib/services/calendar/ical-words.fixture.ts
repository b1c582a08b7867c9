// Plain words for the iCalendar unit tests (the app's own come from the message files).
import type { ICalWords } from "./ical";

export const icalWordsFixture: ICalWords = {
  calendarName: "Token calendar",
  expirySummary: (e) => `${e.tenantName}: ${e.tokenKind} expires`,
  expiryDescription: (e) => `Expires at ${e.at.toISOString()} (${e.timeZone})`,
  alarmDescription: (e, days) => `${e.tenantName}: ${days} day(s) left`,
  rotationSummary: (e) => `${e.tenantName}: ${e.planned ? "planned" : "suggested"} rotation`,
  blackoutSummary: (e) => `Blackout: ${e.reason}`,
};
