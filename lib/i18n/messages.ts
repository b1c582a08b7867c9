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

export const MESSAGES = {
  en: { common: enCommon, pages: enPages, domain: enDomain, tools: enTools },
  ja: { common: jaCommon, pages: jaPages, domain: jaDomain, tools: jaTools },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}
