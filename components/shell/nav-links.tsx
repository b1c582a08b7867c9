"use client";
import { Building2, CalendarDays, FlaskConical, Laptop, LayoutDashboard, RefreshCw, ScrollText, Settings, SquareTerminal } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/roles";

const ITEMS = [
  { href: "/", key: "overview", Icon: LayoutDashboard },
  { href: "/tenants", key: "tenants", Icon: Building2 },
  { href: "/rotations", key: "rotations", Icon: RefreshCw },
  { href: "/devices", key: "devices", Icon: Laptop },
  { href: "/calendar", key: "calendar", Icon: CalendarDays },
  { href: "/what-if", key: "whatIf", Icon: FlaskConical },
  { href: "/install-command", key: "installCommand", Icon: SquareTerminal },
  { href: "/audit", key: "audit", Icon: ScrollText, adminOnly: true },
  { href: "/settings", key: "settings", Icon: Settings, adminOnly: true },
] as const;

/** The main navigation; pages only admins may open are not offered to others. */
export function NavLinks({ role }: { role: Role }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {ITEMS.filter((item) => role === "ADMIN" || !("adminOnly" in item)).map(({ href, key, Icon }) => {
          const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`flex items-center gap-3 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium transition-colors ${
                  active ? "bg-accent-soft text-accent" : "text-ink-2 hover:bg-surface-2 hover:text-ink"
                }`}
              >
                <Icon aria-hidden className="size-4 shrink-0" />
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
