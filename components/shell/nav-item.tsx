"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { isCurrentPage } from "@/lib/ui/current-page";
import type { ReactNode } from "react";

/**
 * A link marked as the current page (aria-current and its own classes) when the path is under it, or is
 * it (`exact`): the one client piece of the server-rendered settings tabs (the main navigation is one
 * island of its own, nav-list.tsx).
 */
export function ActiveLink({ href, exact, className, activeClassName, inactiveClassName, children }: { href: string; exact?: boolean; className: string; activeClassName: string; inactiveClassName: string; children: ReactNode }) {
  const active = isCurrentPage(href, usePathname(), exact);
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`${className} ${active ? activeClassName : inactiveClassName}`}>
      {children}
    </Link>
  );
}
