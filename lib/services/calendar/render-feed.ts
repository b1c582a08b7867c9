import "server-only";
// GET of a calendar feed: the secret's hash finds the feed, the feed acts as its creator (as they are
// now), and the events of the tenants that creator may still see are rendered in the creator's language.
import { createTranslator } from "next-intl";
import { formatDate } from "@/lib/i18n/date-format";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { db as defaultDb, type Db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { hashFeedSecret } from "./feed-secret";
import { feedByHash } from "./feeds";
import { listCalendarEvents } from "./events";
import { renderICalendar, type ICalWords } from "./ical";

/** The words of the feed in a locale (tenant names and reasons are the users' own text). */
export function icalWords(locale: Locale, tenantName: string | null): ICalWords {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "calendar" });
  const at = (d: Date, timeZone: string) => formatDate(locale, d, { dateStyle: "full", timeStyle: "short", timeZone });
  return {
    calendarName: tenantName ? t("ical.nameTenant", { tenant: tenantName }) : t("ical.nameAll"),
    expirySummary: (e) => t("ical.expiry", { tenant: e.tenantName ?? "", kind: t(`kind.${e.tokenKind}`) }),
    expiryDescription: (e) => t("ical.expiryDescription", { tenant: e.tenantName ?? "", kind: t(`kind.${e.tokenKind}`), at: at(e.at, e.timeZone ?? "UTC"), zone: e.timeZone ?? "UTC" }),
    alarmDescription: (e, days) => t("ical.alarm", { tenant: e.tenantName ?? "", kind: t(`kind.${e.tokenKind}`), days }),
    rotationSummary: (e) => t(e.planned ? "ical.rotationPlanned" : "ical.rotationSuggested", { tenant: e.tenantName ?? "" }),
    blackoutSummary: (e) => (e.tenantName ? t("ical.blackoutTenant", { tenant: e.tenantName, reason: e.reason }) : t("ical.blackoutGlobal", { reason: e.reason })),
  };
}

/** The feed's iCalendar text, or null when the secret names no live feed (the route answers 404). */
export async function renderCalendarFeed({ db = defaultDb(), secret, appUrl, requestId, now = new Date() }: { db?: Db; secret: string; appUrl: string; requestId: string; now?: Date }): Promise<string | null> {
  const feed = await feedByHash(db, hashFeedSecret(secret), requestId);
  if (!feed) return null;
  try {
    const events = await listCalendarEvents({ ctx: feed.ctx, input: { tenantId: feed.tenantId }, now });
    const tenantName = feed.tenantId ? ((await db.tenant.findUnique({ where: { id: feed.tenantId }, select: { name: true } }))?.name ?? null) : null;
    const locale: Locale = feed.locale && isLocale(feed.locale) ? feed.locale : "en";
    return renderICalendar({ events, words: icalWords(locale, tenantName), appUrl, now });
  } catch (e) {
    // The creator lost access to the feed's tenant (or it was archived): the feed is gone for them.
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}
