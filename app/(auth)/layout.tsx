import { Icon } from "@/components/ui/server-icon";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Preferences } from "@/components/shell/preferences";
import { THEME_COOKIE, isTheme } from "@/lib/ui/theme";

// Sign-in and setup read the session and the user count on every request.
export const dynamic = "force-dynamic";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [t, cookieStore] = await Promise.all([getTranslations("common"), cookies()]);
  const theme = cookieStore.get(THEME_COOKIE)?.value;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between gap-3 px-4 py-3 md:px-8">
        <div className="flex items-center gap-2">
          <Icon name="ShieldCheck" aria-hidden className="size-6 text-accent" />
          <span className="text-base font-semibold tracking-tight">{t("appName")}</span>
        </div>
        <Preferences theme={isTheme(theme) ? theme : "system"} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 md:py-16">
        <div className="w-full max-w-md">
          <ClientMessages keys={["auth.signIn", "auth.setup", "auth.errors"]}>{children}</ClientMessages>
        </div>
      </main>
    </div>
  );
}
