// The countdown banner on every dashboard page when something the person can see is critical or
// expired. Rendered on the server (text, icons, link); dismissing a critical warning for the browser
// session is the small client island in banner-dismiss.tsx. It is given its items as a promise, so the
// page frame around it renders while their query runs rather than after it (~1 ms of every page; issue 6).
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DismissibleBanner } from "@/components/overview/banner-dismiss";
import { Icon } from "@/components/ui/server-icon";
import { expiredAgo } from "@/lib/domain/countdown";
import { remembered } from "@/lib/i18n/remembered";
import type { BannerItem } from "@/lib/domain/urgency";

/** `items` still loading: the page frame around the banner renders meanwhile. */
export async function ExpiryBanner({ items: loading }: { items: Promise<BannerItem[]> }) {
  const [items, t, locale] = await Promise.all([loading, getTranslations("overview.banner"), getLocale()]);
  const first = items[0];
  if (!first) return null;
  const expired = items.some((i) => i.level === "expired");
  const signature = items.map((i) => i.tokenId).join(",");
  // Texts with numbers are remembered across requests (lib/i18n/remembered.ts): formatting them builds
  // the request's Intl number and plural formatters, ~0.3 ms of every dashboard page (issue 6).
  const scope = `${locale}:overview.banner`;
  const values = { tenant: first.tenantName, kind: t(`kind${first.kind}`), ...(first.level === "expired" ? expiredAgo(first.msLeft) : { days: first.days, hours: first.hours }) };
  const text = remembered(scope, first.level, values, () => t(first.level, values));
  const more = items.length > 1 ? remembered(scope, "more", { count: items.length - 1 }, () => t("more", { count: items.length - 1 })) : null;
  const tone = first.level === "expired" ? "border-expired/50 bg-expired-soft text-expired" : "border-critical/40 bg-critical-soft text-critical";
  return (
    <DismissibleBanner
      signature={signature}
      dismissible={!expired}
      label={t("label")}
      level={first.level}
      className={`no-print border-b px-4 py-2.5 md:px-8 ${tone}`}
      dismissLabel={t("dismiss")}
      dismissIcon={<Icon name="X" aria-hidden className="size-3.5" />}
    >
      <Icon name={first.level === "expired" ? "AlertOctagon" : "AlertTriangle"} aria-hidden className="size-4 shrink-0" />
      <p className="font-medium text-ink">
        {text}
        {more ? <span className="ml-1 font-normal text-ink-2">{more}</span> : null}
      </p>
      <Link href={`/tenants/${first.tenantId}`} className="font-semibold underline underline-offset-2">
        {t("open")}
      </Link>
    </DismissibleBanner>
  );
}
