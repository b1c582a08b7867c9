"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A link marked as the current page (aria-current and its own classes) when the path is under it, or is
 * it (`exact`). The one client piece of the server-rendered navigation menus (main and settings).
 */
export function ActiveLink({ href, exact, className, activeClassName, inactiveClassName, children }: { href: string; exact?: boolean; className: string; activeClassName: string; inactiveClassName: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`${className} ${active ? activeClassName : inactiveClassName}`}>
      {children}
    </Link>
  );
}

/** One link of the main navigation. */
export function NavItem({ href, children }: { href: string; children: ReactNode }) {
  return (
    <ActiveLink
      href={href}
      exact={href === "/"}
      className="flex items-center gap-3 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium transition-colors"
      activeClassName="bg-accent-soft text-accent"
      inactiveClassName="text-ink-2 hover:bg-surface-2 hover:text-ink"
    >
      {children}
    </ActiveLink>
  );
}
