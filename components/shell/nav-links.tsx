import { getTranslations } from "next-intl/server";
import { NavList } from "@/components/shell/nav-list";
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
 * The main navigation; pages only admins may open are not offered to others. Labels and icons are
 * rendered here, on the server; the list that marks the current page and navigates is one client
 * island (nav-list.tsx).
 */
export async function NavLinks({ role }: { role: Role }) {
  const [t, tn] = await Promise.all([getTranslations("common.nav"), getTranslations("notifications.nav")]);
  const items = ITEMS.filter((item) => role === "ADMIN" || !("adminOnly" in item)).map(({ href, key, icon }) => ({
    href,
    label: key === "alerts" ? tn("alerts") : t(key),
    icon: <Icon name={icon} aria-hidden className="size-4 shrink-0" />,
  }));
  return (
    <nav aria-label={t("label")}>
      <NavList items={items} />
    </nav>
  );
}
