import "server-only";
// The review in the user's words, formatted on the server (dates in each tenant's zone), so the page
// and the client-side presentation share one rendering and the client gets only display strings.
import { getLocale, getTranslations } from "next-intl/server";
import type { CountdownLevel } from "@/lib/domain/countdown";
import type { ExpiryReview } from "@/lib/services/report/expiry-review";
import { formatDate } from "@/lib/i18n/date-format";

export interface TokenView {
  id: string;
  label: string;
  detail: string;
  expires: string;
  days: string;
  level: CountdownLevel | "none";
}

export interface TenantView {
  id: string;
  name: string;
  timeZone: string;
  state: "DISABLED" | "NOT_ENFORCED" | "ENFORCED";
  stateLabel: string;
  tokens: TokenView[];
  readiness: string[];
  rotation: string;
  owner: string;
  openAlerts: number;
}

export async function reviewView(review: ExpiryReview): Promise<TenantView[]> {
  const [t, tc, tcal, locale] = await Promise.all([getTranslations("report"), getTranslations("common"), getTranslations("calendar"), getLocale()]);
  const day = (date: string) => formatDate(locale, `${date}T00:00:00Z`, { dateStyle: "medium", timeZone: "UTC" });
  return review.tenants.map((x) => ({
    id: x.id,
    name: x.name,
    timeZone: x.timeZone,
    state: x.seState,
    stateLabel: tc(`state.${x.seState}`),
    tokens: x.tokens.map((k) => ({
      id: k.id,
      label: tc(`tokenKind.${k.kind}`),
      detail: `${t(`stage.${k.stage}`)} · #${k.tokenSet} · ${t(`enforce.${k.enforceStatus}`)}`,
      expires: k.expiresAt
        ? `${formatDate(locale, k.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: x.timeZone })} (${x.timeZone})`
        : t("noExpiry"),
      days: k.daysLeft === null ? t("none") : k.daysLeft >= 0 ? tcal("daysLeft", { days: k.daysLeft }) : tcal("daysAgo", { days: -k.daysLeft }),
      level: k.level ?? "none",
    })),
    readiness: x.readiness.length
      ? x.readiness.map((s) => t("readiness", { ready: s.devices - s.refused, devices: s.devices, change: t.has(`change.${s.change}`) ? t(`change.${s.change}`) : s.change }))
      : [t("notSynced")],
    rotation: x.rotation ? t(x.rotation.planned ? "rotationPlanned" : "rotationSuggested", { date: day(x.rotation.date) }) : t("none"),
    owner: x.owner ?? t("noOwner"),
    openAlerts: x.openAlerts,
  }));
}

export const LEVEL_TEXT: Record<TokenView["level"], string> = {
  ok: "text-ok",
  notice: "text-notice",
  warning: "text-warning",
  critical: "text-critical",
  expired: "text-expired",
  none: "text-ink-3",
};

export const LEVEL_BADGE: Record<TokenView["level"], string> = {
  ok: "bg-ok-soft text-ok",
  notice: "bg-notice-soft text-notice",
  warning: "bg-warning-soft text-warning",
  critical: "bg-critical-soft text-critical",
  expired: "bg-expired-soft text-expired",
  none: "bg-surface-2 text-ink-3",
};
