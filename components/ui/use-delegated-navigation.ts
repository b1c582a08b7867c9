"use client";
// One click handler for a container of many links (the dashboard frame: components/shell/navigation-scope.tsx):
// its links are plain anchors, and a plain click on one navigates in the page like next/link would,
// without prefetching (components/ui/link.tsx never prefetches either). next/link costs a component,
// four hooks and three handlers per link on every server render: with fifty overview rows that was
// the largest allocation of the overview's render (issue 6). New tab, new window, download and other sites stay with the browser
// (lib/ui/navigation-click.ts).
import { useRouter } from "next/navigation";
import { useCallback, type MouseEvent } from "react";
import { clientNavigationPath } from "@/lib/ui/navigation-click";

export function useDelegatedNavigation(): (event: MouseEvent<HTMLElement>) => void {
  const router = useRouter();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
      const path = clientNavigationPath(event, { href: anchor.href, target: anchor.getAttribute("target"), download: anchor.hasAttribute("download") }, window.location);
      if (path === null) return;
      event.preventDefault();
      router.push(path);
    },
    [router],
  );
}
