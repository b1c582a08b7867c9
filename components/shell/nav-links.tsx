import { Bell, Building2, CalendarDays, ClipboardList, FlaskConical, Laptop, LayoutDashboard, RefreshCw, ScrollText, Settings, SquareTerminal } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { NavItem } from "@/components/shell/nav-item";
import type { Role } from "@/lib/auth/roles";

const ITEMS = [
  { href: "/", key: "overview", Icon: LayoutDashboard },
  { href: "/tenants", key: "tenants", Icon: Building2 },
  { href: "/alerts", key: "alerts", Icon: Bell },
  { href: "/rotations", key: "rotations", Icon: RefreshCw },
  { href: "/devices", key: "devices", Icon: Laptop },
  { href: "/calendar", key: "calendar", Icon: CalendarDays },
  { href: "/report", key: "report", Icon: ClipboardList },
  { href: "/what-if", key: "whatIf", Icon: FlaskConical },
  { href: "/install-command", key: "installCommand", Icon: SquareTerminal },
  { href: "/audit", key: "audit", Icon: ScrollText, adminOnly: true },
  { href: "/settings", key: "settings", Icon: Settings, adminOnly: true },
] as const;

/**
 * The main navigation; pages only admins may open are not offered to others. Rendered on the server
 * (labels, icons); only the link that marks the current page is a client island (it needs the path).
 */
export async function NavLinks({ role }: { role: Role }) {
  const [t, tn] = await Promise.all([getTranslations("common.nav"), getTranslations("notifications.nav")]);
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {ITEMS.filter((item) => role === "ADMIN" || !("adminOnly" in item)).map(({ href, key, Icon }) => (
          <li key={href}>
            <NavItem href={href}>
              <Icon aria-hidden className="size-4 shrink-0" />
              {key === "alerts" ? tn("alerts") : t(key)}
            </NavItem>
          </li>
        ))}
      </ul>
    </nav>
  );
}
