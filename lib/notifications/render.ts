// Turns the message model into words, in the channel's language, with the same translations the UI
// uses (messages/<locale>/notifications.json). No React: the job worker renders outside a request.
import { createTranslator } from "use-intl/core";
import type { MessageModel } from "@/lib/domain/notifications-message";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";

export interface RenderedMessage {
  title: string;
  summary: string;
  facts: [label: string, value: string][];
  link: string;
  linkLabel: string;
  footer: string;
  /** for channels with colours: ok-ish grey to red */
  color: string;
}

const COLOR = { NOTICE: "#2563EB", WARNING: "#D97706", CRITICAL: "#DC2626", EXPIRED: "#7F1D1D" } as const;

/** The message's title, summary and facts in `locale` ("en" | "ja"). */
export function renderMessage(m: MessageModel, locale: string, channelName: string): RenderedMessage {
  const loc: Locale = locale === "ja" ? "ja" : "en";
  const t = createTranslator({ locale: loc, messages: messagesFor(loc), namespace: "notifications" });
  const linkLabel = m.tenant ? t("message.openTenant") : t("message.openAlerts");
  const footer = t("message.footer");
  if (!m.token || !m.tenant || !m.level) {
    return { title: t("message.titleTest"), summary: t("message.summaryTest", { channel: channelName }), facts: m.tenant ? [[t("message.factTenant"), m.tenant.name]] : [], link: m.link, linkLabel, footer, color: "#0F766E" };
  }
  const kind = t(`message.kind.${m.token.kind}`);
  const level = t(`level.${m.level}`);
  const values = { tenant: m.tenant.name, kind, fingerprint: m.token.fingerprint, expires: m.token.expiresLocal, zone: m.tenant.timeZone, days: m.token.daysLeft, hours: m.token.hoursLeft };
  let title = m.token.expired ? t("message.titleExpired", values) : t("message.titleAlert", values);
  let summary = m.token.expired ? t("message.summaryExpired", values) : t("message.summaryAlert", values);
  if (m.purpose === "escalation") {
    title = t("message.titleEscalation", { title });
    summary = t("message.summaryEscalation", { level, summary });
  }
  return {
    title,
    summary,
    facts: [
      [t("message.factTenant"), m.tenant.name],
      [t("message.factToken"), kind],
      [t("message.factFingerprint"), m.token.fingerprint],
      [t("message.factExpires"), `${m.token.expiresLocal} (${m.tenant.timeZone})`],
      [t("message.factTimeLeft"), m.token.expired ? t("message.expiredAlready") : t("message.timeLeft", { days: m.token.daysLeft, hours: m.token.hoursLeft })],
      [t("message.factLevel"), level],
    ],
    link: m.link,
    linkLabel,
    footer,
    color: COLOR[m.level],
  };
}
