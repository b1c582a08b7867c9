"use client";
// The page frame's one click handler for in-app links: a plain click on any plain anchor inside it
// (navigation, brand, banner, overview rows…) navigates in the page, as next/link would, without
// next/link's code or its per-link component on every server render (issue 6). Which clicks it takes:
// lib/ui/navigation-click.ts (new tab, new window, download and other sites stay with the browser).
import type { ReactNode } from "react";
import { useDelegatedNavigation } from "@/components/ui/use-delegated-navigation";

export function NavigationScope({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className} onClick={useDelegatedNavigation()}>
      {children}
    </div>
  );
}
