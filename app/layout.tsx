import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/pick";
import { THEME_COOKIE, isTheme } from "@/lib/ui/theme";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, cookieStore, messages] = await Promise.all([getLocale(), cookies(), getMessages()]);
  const theme = cookieStore.get(THEME_COOKIE)?.value;
  return (
    <html lang={locale} data-theme={isTheme(theme) ? theme : "system"}>
      <body className="min-h-screen bg-canvas text-ink antialiased">
        {/* Only what app/error.tsx needs: routes give their client components theirs (components/i18n/client-messages.tsx). */}
        <NextIntlClientProvider messages={pickMessages(messages, ["common.error"])}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
