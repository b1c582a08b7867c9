import { getTranslations } from "next-intl/server";
import type { CalendarEvent } from "@/lib/domain/calendar-events";
import { dateTimeFormat, formatDate } from "@/lib/i18n/date-format";
import { EventIcon, eventLabel, eventStyle } from "./event-chip";

/** The month's events as a list grouped by day: the screen-reader and print alternative to the grid. */
export async function EventList({ id, title, byDay, locale }: { id: string; title: string; byDay: Map<string, CalendarEvent[]>; locale: string }) {
  const t = await getTranslations("calendar");
  const dayLabel = dateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" });
  const days = [...byDay.entries()];
  const labels = new Map(await Promise.all(days.flatMap(([, es]) => es).map(async (e) => [e.id, await eventLabel(e)] as const)));
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="calendar-list rounded-lg border border-line bg-surface p-4 shadow-sm">
      <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
      {days.length === 0 ? (
        <p className="mt-2 text-sm text-ink-3">{t("list.none")}</p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="event-list">
          {days.map(([date, events]) => (
            <li key={date}>
              <h3 className="text-sm font-semibold text-ink">
                <time dateTime={date}>{dayLabel.format(new Date(`${date}T00:00:00Z`))}</time>
              </h3>
              <ul className="mt-1 space-y-1">
                {events.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center gap-2 text-sm text-ink-2">
                    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${eventStyle(e)}`}>
                      <EventIcon e={e} />
                      {e.kind === "expiry" ? t(`level.${e.level}`) : e.kind === "rotation" ? t(e.planned ? "legend.rotationPlanned" : "legend.rotationSuggested") : t("legend.blackout")}
                    </span>
                    <span className="text-ink">{labels.get(e.id)}</span>
                    {e.kind === "expiry" ? (
                      <span className="text-ink-3">
                        {t("list.at", {
                          time: formatDate(locale, e.at, { dateStyle: "medium", timeStyle: "short", timeZone: e.timeZone ?? "UTC" }),
                          zone: e.timeZone ?? "UTC",
                        })}
                        {" · "}
                        {e.daysLeft >= 0 ? t("daysLeft", { days: e.daysLeft }) : t("daysAgo", { days: -e.daysLeft })}
                      </span>
                    ) : e.kind === "rotation" && e.note ? (
                      <span className="text-ink-3">{e.note}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
