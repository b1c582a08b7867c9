import { cookies } from "next/headers";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NavigationScope } from "@/components/shell/navigation-scope";
import { NavLinks } from "@/components/shell/nav-links";
import { Preferences } from "@/components/shell/preferences";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Icon } from "@/components/ui/server-icon";
import type { Role } from "@/lib/auth/roles";
import { THEME_COOKIE, isTheme } from "@/lib/ui/theme";

export interface ShellUser {
  name: string;
  email: string;
  role: Role;
}

/** The frame of every dashboard page: brand, navigation, preferences, who is signed in, an optional banner slot. */
export async function AppShell({ children, banner, demo, user }: { children: ReactNode; banner?: ReactNode; demo?: boolean; user: ShellUser }) {
  const [t, ta, cookieStore] = await Promise.all([getTranslations("common"), getTranslations("auth"), cookies()]);
  const theme = cookieStore.get(THEME_COOKIE)?.value;
  return (
    // Links anywhere in the frame are plain anchors; NavigationScope's one handler navigates in the page.
    <NavigationScope className="min-h-screen md:grid md:grid-cols-[15rem_1fr] print:block">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <aside className="no-print border-b border-line bg-surface md:sticky md:top-0 md:h-screen md:border-b-0 md:border-r">
        <div className="flex items-center gap-2 px-4 py-4">
          <Icon name="ShieldCheck" aria-hidden className="size-6 text-accent" />
          <Link href="/" className="text-base font-semibold tracking-tight">
            {t("appName")}
          </Link>
          {demo ? <span className="ml-auto rounded bg-warning-soft px-1.5 py-0.5 text-xs font-medium text-warning">{t("demoBadge")}</span> : null}
        </div>
        <div className="px-2 pb-3 md:pb-0">
          <NavLinks role={user.role} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="no-print flex items-center justify-end gap-3 border-b border-line bg-surface px-4 py-2 md:px-8">
          <Preferences theme={isTheme(theme) ? theme : "system"} />
          <div role="group" aria-label={ta("account.label")} className="flex items-center gap-2 border-l border-line pl-3">
            <span className="hidden text-right text-sm leading-tight sm:block">
              <span className="block font-medium text-ink" data-testid="signed-in-user">{user.name || user.email}</span>
              <span className="block text-xs text-ink-3">{ta(`roles.${user.role}`)}</span>
            </span>
            <SignOutButton label={ta("account.signOut")} busyLabel={ta("account.signingOut")} icon={<Icon name="LogOut" aria-hidden className="size-4" />} />
          </div>
        </header>
        {banner}
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-8 print:max-w-none print:p-0">
          {children}
        </main>
      </div>
    </NavigationScope>
  );
}
