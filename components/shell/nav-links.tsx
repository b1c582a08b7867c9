import { getTranslations } from "next-intl/server";
import { NavItem } from "@/components/shell/nav-item";
import { Icon, type IconName } from "@/components/ui/server-icon";
import type { Role } from "@/lib/auth/roles";

const ITEMS = [
  { href: "/", key: "overview", icon: "LayoutDashboard" },
  { href: "/tenants", key: "tenants", icon: "Building2" },
  { href: "/alerts", key: "alerts", icon: "Bell" },
  { href: "/rotations", key: "rotations", icon: "RefreshCw" },
  { href: "/devices", key: "devices", icon: "Laptop" },
  { href: "/calendar", key: "calendar", icon: "CalendarDays" },
  { href: "/report", key: "report", icon: "ClipboardList" },
  { href: "/what-if", key: "whatIf", icon: "FlaskConical" },
  { href: "/install-command", key: "installCommand", icon: "SquareTerminal" },
  { href: "/audit", key: "audit", icon: "ScrollText", adminOnly: true },
  { href: "/settings", key: "settings", icon: "Settings", adminOnly: true },
] as const satisfies readonly { href: string; key: string; icon: IconName; adminOnly?: true }[];

/**
 * The main navigation; pages only admins may open are not offered to others. Rendered on the server
 * (labels, icons); only the link that marks the current page is a client island (it needs the path).
 */
export async function NavLinks({ role }: { role: Role }) {
  const [t, tn] = await Promise.all([getTranslations("common.nav"), getTranslations("notifications.nav")]);
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {ITEMS.filter((item) => role === "ADMIN" || !("adminOnly" in item)).map(({ href, key, icon }) => (
          <li key={href}>
            <NavItem href={href}>
              <Icon name={icon} aria-hidden className="size-4 shrink-0" />
              {key === "alerts" ? tn("alerts") : t(key)}
            </NavItem>
          </li>
        ))}
      </ul>
    </nav>
  );
}
