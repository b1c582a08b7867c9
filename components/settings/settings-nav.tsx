import { getTranslations } from "next-intl/server";
import { ActiveLink } from "@/components/shell/nav-item";

const TABS = [
  { href: "/settings", key: "general" },
  { href: "/settings/users", key: "users" },
  { href: "/settings/api-keys", key: "apiKeys" },
  { href: "/settings/connections", key: "connections" },
  { href: "/settings/notifications", key: "notifications" },
] as const;

/**
 * The settings sections, as tabs under the page header. Rendered on the server; only the links that mark
 * the current tab are client code, the same as the main navigation's (no JavaScript of its own, issue 6).
 */
export async function SettingsNav() {
  // These tabs' labels live in their own namespaces (messages/*/connections.json, notifications.json).
  const [t, tc, tn] = await Promise.all([getTranslations("admin.settingsNav"), getTranslations("connections"), getTranslations("notifications.nav")]);
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <ul className="flex gap-4">
        {TABS.map(({ href, key }) => (
          <li key={href}>
            <ActiveLink
              href={href}
              exact={href === "/settings"}
              className="-mb-px inline-block border-b-2 px-1 pb-2 text-sm font-medium"
              activeClassName="border-accent text-accent"
              inactiveClassName="border-transparent text-ink-2 hover:text-ink"
            >
              {key === "connections" ? tc("nav") : key === "notifications" ? tn("settingsTab") : t(key)}
            </ActiveLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
