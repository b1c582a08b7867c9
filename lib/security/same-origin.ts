// CSRF protection for everything that is not a server action (Next checks those itself): a request
// that changes something and rides on the session cookie must come from one of our own pages.
// Browsers send Origin and Sec-Fetch-Site with every such request, and a page on another site can
// forge neither, so either one pointing elsewhere refuses it. A request with neither header did not
// come from a browser (curl, scripts), so no one's session can have been ridden; the session cookie
// is also SameSite=Lax, which keeps it off cross-site POSTs in the first place. Requests
// authenticated with an API key carry no ambient credential and need no check at all.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginFacts {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** origins this deployment answers on: APP_URL's and the one the request was addressed to */
  allowedOrigins: string[];
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** Whether a cookie-authenticated request may proceed. */
export function checkSameOrigin(f: OriginFacts): OriginVerdict {
  if (SAFE_METHODS.has(f.method.toUpperCase())) return { ok: true };
  if (f.secFetchSite && f.secFetchSite !== "same-origin" && f.secFetchSite !== "none") return { ok: false, reason: `Sec-Fetch-Site is ${f.secFetchSite}` };
  if (!f.origin) return { ok: true };
  const allowed = new Set(f.allowedOrigins.map(normalizeOrigin).filter(Boolean));
  return allowed.has(normalizeOrigin(f.origin)) ? { ok: true } : { ok: false, reason: `Origin ${f.origin} is not this application` };
}

function normalizeOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return "";
  }
}
