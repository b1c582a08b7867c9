// PostgreSQL text cannot hold U+0000, and no address this product serves has one: a URL whose path or
// query decodes to a NUL character (`%00`) is refused as bad input (400) before anything reads it, instead
// of reaching a query and failing there as a server error. (A raw NUL byte never gets this far: Node's
// HTTP parser rejects it.) Used by proxy.ts for every request and by route handlers (lib/server/route-handler.ts).

/** True when the URL's path or query carries an encoded NUL character. */
export function urlHasNul(url: string): boolean {
  return /%00/i.test(url) || url.includes("\u0000");
}

/** True when the URL's query (not its path) carries a NUL character, encoded or not. */
export function queryHasNul(url: string): boolean {
  const q = url.indexOf("?");
  if (q < 0) return false;
  const hash = url.indexOf("#", q);
  return urlHasNul(url.slice(q, hash < 0 ? undefined : hash));
}
