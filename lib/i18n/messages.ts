// All message namespaces, per locale. Add a namespace here when adding messages/<locale>/<ns>.json;
// lib/i18n/messages.test.ts checks that every key exists in every locale.
import type { Locale } from "@/lib/i18n/locale";
import enCommon from "@/messages/en/common.json";
import jaCommon from "@/messages/ja/common.json";
import enPages from "@/messages/en/pages.json";
import jaPages from "@/messages/ja/pages.json";
import enDomain from "@/messages/en/domain.json";
import jaDomain from "@/messages/ja/domain.json";
import enTools from "@/messages/en/tools.json";
import jaTools from "@/messages/ja/tools.json";
import enAuth from "@/messages/en/auth.json";
import jaAuth from "@/messages/ja/auth.json";
import enAdmin from "@/messages/en/admin.json";
import jaAdmin from "@/messages/ja/admin.json";

export const MESSAGES = {
  en: { common: enCommon, pages: enPages, domain: enDomain, tools: enTools, auth: enAuth, admin: enAdmin },
  ja: { common: jaCommon, pages: jaPages, domain: jaDomain, tools: jaTools, auth: jaAuth, admin: jaAdmin },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}
