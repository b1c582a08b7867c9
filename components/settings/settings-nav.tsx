"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { href: "/settings", key: "general" },
  { href: "/settings/users", key: "users" },
  { href: "/settings/api-keys", key: "apiKeys" },
  { href: "/settings/connections", key: "connections" },
  { href: "/settings/notifications", key: "notifications" },
] as const;

/** The settings sections, as tabs under the page header. */
export function SettingsNav() {
  const t = useTranslations("admin.settingsNav");
  // These tabs' labels live in their own namespaces (messages/*/connections.json, notifications.json).
  const tc = useTranslations("connections");
  const tn = useTranslations("notifications.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <ul className="flex gap-4">
        {TABS.map(({ href, key }) => {
          const active = href === "/settings" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-1 pb-2 text-sm font-medium ${active ? "border-accent text-accent" : "border-transparent text-ink-2 hover:text-ink"}`}
              >
                {key === "connections" ? tc("nav") : key === "notifications" ? tn("settingsTab") : t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
