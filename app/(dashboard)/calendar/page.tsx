import { Icon } from "@/components/ui/server-icon";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EventList } from "@/components/calendar/event-list";
import { FeedManager } from "@/components/calendar/feed-manager";
import { MonthGrid } from "@/components/calendar/month-grid";
import { MonthKeys } from "@/components/calendar/month-keys";
import { Card } from "@/components/ui/card";
import { atLeast } from "@/lib/auth/roles";
import { addMonths, isCalendarMonth, localDate, monthBounds, monthOf } from "@/lib/domain/calendar";
import { eventsBetween, eventsByDay } from "@/lib/domain/calendar-events";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { listCalendarEvents } from "@/lib/services/calendar/events";
import { listCalendarFeeds } from "@/lib/services/calendar/feeds";
import { listTenants } from "@/lib/services/tenants/list";

type Search = Promise<{ month?: string | string[]; tenant?: string | string[] }>;

export default async function CalendarPage({ searchParams }: { searchParams: Search }) {
  const ctx = await getRequestContext();
  const sp = await searchParams;
  const tenantId = typeof sp.tenant === "string" && sp.tenant ? sp.tenant : null;
  const [t, format, locale, tenants] = await Promise.all([getTranslations("calendar"), getFormatter(), getLocale(), listTenants({ ctx })]);
  const now = new Date();
  const tenant = tenantId ? tenants.find((x) => x.id === tenantId) : null;
  const zone = tenant?.timeZone ?? "UTC";
  const today = localDate(now, zone);
  const thisMonth = monthOf(today);
  const month = typeof sp.month === "string" && isCalendarMonth(sp.month) ? sp.month : thisMonth;
  const { first, last } = monthBounds(month);
  const events = eventsBetween(await orNotFound(listCalendarEvents({ ctx, input: { tenantId }, now })), first, last);
  const byDay = eventsByDay(events);
  const monthLabel = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${first}T00:00:00Z`));
  const href = (m: string) => `/calendar?month=${m}${tenantId ? `&tenant=${encodeURIComponent(tenantId)}` : ""}`;
  const canFeed = atLeast(ctx.actor.role, "OPERATOR");
  const feeds = canFeed ? await listCalendarFeeds({ ctx }) : [];
  const navLink = "inline-flex items-center gap-1 rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-surface-2";

  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-ink-3">{t("description")}</p>
        </div>
        <form method="get" action="/calendar" className="flex items-end gap-2 print:hidden">
          <input type="hidden" name="month" value={month} />
          <label className="text-sm font-medium text-ink-2">
            {t("filter.label")}
            <select name="tenant" defaultValue={tenantId ?? ""} className="mt-1 block rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink">
              <option value="">{t("filter.all")}</option>
              {tenants.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={navLink}>
            {t("filter.apply")}
          </button>
        </form>
      </div>

      <nav aria-label={t("nav.label")} className="mb-3 flex flex-wrap items-center gap-2 print:hidden">
        <Link href={href(addMonths(month, -1))} className={navLink} rel="prev">
          <Icon name="ChevronLeft" aria-hidden className="size-4" />
          {t("nav.previous")}
        </Link>
        <Link href={href(thisMonth)} className={navLink} aria-current={month === thisMonth ? "date" : undefined}>
          {t("nav.today")}
        </Link>
        <Link href={href(addMonths(month, 1))} className={navLink} rel="next">
          {t("nav.next")}
          <Icon name="ChevronRight" aria-hidden className="size-4" />
        </Link>
        <h2 className="ml-2 text-xl font-semibold" aria-live="polite" data-testid="month-heading">
          {monthLabel}
        </h2>
        <a href="#calendar-list" className="ml-auto text-sm text-accent underline-offset-2 hover:underline">
          {t("list.skip")}
        </a>
      </nav>
      <MonthKeys previous={href(addMonths(month, -1))} next={href(addMonths(month, 1))} current={href(thisMonth)} />
      <p className="mb-3 text-xs text-ink-3 print:hidden">
        {t("nav.keyboardHint")} {t("zoneNote", { zone })}
      </p>

      <ul aria-label={t("legend.label")} className="mb-3 flex flex-wrap gap-3 text-xs text-ink-2 print:hidden">
        <li className="flex items-center gap-1"><span aria-hidden className="size-3 rounded border border-critical/40 bg-critical-soft" />{t("legend.expiry")}</li>
        <li className="flex items-center gap-1"><span aria-hidden className="size-3 rounded border border-accent/50 bg-accent-soft" />{t("legend.rotationPlanned")}</li>
        <li className="flex items-center gap-1"><span aria-hidden className="size-3 rounded border border-dashed border-accent/50 bg-surface" />{t("legend.rotationSuggested")}</li>
        <li className="flex items-center gap-1"><span aria-hidden className="size-3 rounded border border-line bg-surface-2" />{t("legend.blackout")}</li>
      </ul>

      <div className="print:hidden">
        <MonthGrid month={month} monthLabel={monthLabel} byDay={byDay} today={today} locale={locale} />
      </div>

      <div className="mt-6">
        <EventList id="calendar-list" title={t("list.title", { month: monthLabel })} byDay={byDay} locale={locale} />
      </div>

      <Card className="mt-6 p-6 print:hidden">
        <h2 className="text-lg font-semibold">{t("feeds.title")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-3">{t("feeds.description")}</p>
        <div className="mt-4">
          {canFeed ? (
            <FeedManager
              tenants={tenants.map((x) => ({ id: x.id, name: x.name }))}
              feeds={feeds.map((f) => ({
                id: f.id,
                scope: f.tenant?.name ?? t("feeds.allTenants"),
                createdBy: f.createdBy.name || f.createdBy.email,
                created: format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                revoked: f.revokedAt ? format.dateTime(f.revokedAt, { dateStyle: "medium", timeStyle: "short" }) : null,
              }))}
            />
          ) : (
            <p className="text-sm text-ink-3">{t("feeds.viewerNote")}</p>
          )}
        </div>
      </Card>
    </>
  );
}
