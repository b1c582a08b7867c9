// next-intl's per-request configuration: the locale comes from the user's choice (a cookie, which
// sign-in sets from the user's saved setting) or the browser; no locale in URLs (links stay stable).
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
