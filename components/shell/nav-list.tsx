"use client";
// The main navigation as one client island: its links mark the current page from the path
// (aria-current); the frame navigates on their clicks (navigation-scope.tsx). One island
// instead of one next/link and one island per item on every dashboard page (issue 6).
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { isCurrentPage } from "@/lib/ui/current-page";

export interface NavListItem {
  href: string;
  label: string;
  /** Drawn on the server (components/ui/server-icon.tsx), so no icon code ships to the browser. */
  icon: ReactNode;
}

const BASE = "flex items-center gap-3 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium transition-colors";
const CURRENT = "bg-accent-soft text-accent";
const OTHER = "text-ink-2 hover:bg-surface-2 hover:text-ink";

export function NavList({ items }: { items: NavListItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
      {items.map(({ href, label, icon }) => {
        // The overview ("/") is current only on itself.
        const current = isCurrentPage(href, pathname, href === "/");
        return (
          <li key={href}>
            <Link href={href} aria-current={current ? "page" : undefined} className={`${BASE} ${current ? CURRENT : OTHER}`}>
              {icon}
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
