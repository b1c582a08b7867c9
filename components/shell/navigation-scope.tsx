"use client";
// The page frame's one click handler for in-app links (components/ui/link.tsx renders plain anchors):
// a plain click on any of them (navigation, brand, banner, overview rows…) navigates in the page, as
// next/link would, without next/link's code or its per-link component on every server render (issue 6;
// prefetching was off anyway). Which clicks it takes: lib/ui/navigation-click.ts (new tab, new window,
// download, other sites, API routes and fragments of this page stay with the browser).
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";
import { clientNavigationPath } from "@/lib/ui/navigation-click";

export function NavigationScope({ className, children }: { className: string; children: ReactNode }) {
  const router = useRouter();
  const navigate = (event: MouseEvent<HTMLElement>) => {
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const path = clientNavigationPath(event, { href: anchor.href, target: anchor.getAttribute("target"), download: anchor.hasAttribute("download") }, window.location);
    if (path === null) return;
    event.preventDefault();
    router.push(path);
  };
  return (
    <div className={className} onClick={navigate}>
      {children}
    </div>
  );
}
