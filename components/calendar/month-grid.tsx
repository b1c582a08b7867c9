import { getTranslations } from "next-intl/server";
import { monthGrid, type CalendarDate } from "@/lib/domain/calendar";
import type { CalendarEvent } from "@/lib/domain/calendar-events";
import { EventChip } from "./event-chip";

/** Sunday first, as in Japan and the US; weekday names come from Intl in the user's language. */
const WEEK = ["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06", "2025-06-07"];

/** The month as a table: weeks are rows, each day lists its events. */
export async function MonthGrid({ month, monthLabel, byDay, today, locale }: { month: string; monthLabel: string; byDay: Map<CalendarDate, CalendarEvent[]>; today: CalendarDate; locale: string }) {
  const t = await getTranslations("calendar");
  const long = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const dayLabel = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" });
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface shadow-sm" tabIndex={0} data-testid="month-grid">
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">{t("grid.caption", { month: monthLabel })}</caption>
        <thead>
          <tr className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
            {WEEK.map((d) => (
              <th key={d} scope="col" className="px-2 py-2 font-medium">
                <abbr title={long.format(new Date(`${d}T00:00:00Z`))} className="no-underline">
                  {short.format(new Date(`${d}T00:00:00Z`))}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week[0]!.date} className="border-b border-line last:border-b-0">
              {week.map(({ date, inMonth }) => {
                const events = byDay.get(date) ?? [];
                const isToday = date === today;
                return (
                  <td key={date} className={`h-28 align-top border-r border-line px-1.5 py-1 last:border-r-0 ${inMonth ? "" : "bg-surface-2/60"}`} aria-current={isToday ? "date" : undefined}>
                    <div className="mb-1 flex items-center justify-between">
                      <span
                        className={`inline-flex size-6 items-center justify-center rounded-full text-xs font-semibold ${isToday ? "bg-accent text-accent-ink" : inMonth ? "text-ink" : "text-ink-3"}`}
                      >
                        <span aria-hidden>{Number(date.slice(8))}</span>
                        <span className="sr-only">
                          {dayLabel.format(new Date(`${date}T00:00:00Z`))}
                          {isToday ? `, ${t("grid.today")}` : ""}, {t("grid.events", { count: events.length })}
                        </span>
                      </span>
                    </div>
                    {events.length ? (
                      <ul className="space-y-0.5">
                        {events.map((e) => (
                          <EventChip key={e.id} e={e} />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
