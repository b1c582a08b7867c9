// Which navigation link marks the current page (aria-current="page"): the link's own path, or a page
// under it unless the link is `exact` (the overview "/" and the settings' first tab would otherwise
// match everything below them).

export function isCurrentPage(href: string, pathname: string, exact = false): boolean {
  if (pathname === href) return true;
  return !exact && pathname.startsWith(`${href}/`);
}
