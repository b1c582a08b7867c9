// Which clicks on a link a page may turn into a client-side navigation itself (a list of many links
// listens once, on its container, instead of one next/link per link: components/shell/navigation-scope.tsx).
// Only what the browser would do in the same tab anyway: a plain primary click on a same-origin link
// to another page, without a target or a download. Everything else (new tab, new window, download,
// another site, a fragment of this page, an API route such as an export or a feed) is left to the browser.

export interface ClickFacts {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface LinkFacts {
  /** The link's resolved, absolute URL (an anchor's `href` property). */
  href: string;
  target: string | null;
  download: boolean;
}

/** Where the click happens: the page's own URL (origin, path, query). */
export interface Here {
  origin: string;
  pathname: string;
  search: string;
}

/** The path (with query and fragment) to navigate to in the page, or null when the browser should handle the click. */
export function clientNavigationPath(click: ClickFacts, link: LinkFacts, here: Here): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (link.download || (link.target !== null && link.target !== "" && link.target !== "_self")) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  // Route handlers are not pages: the browser fetches them (an export, a feed).
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) return null;
  // A fragment of this very page: the browser scrolls to it.
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null;
  return url.pathname + url.search + url.hash;
}
