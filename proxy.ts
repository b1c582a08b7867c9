// Runs before every request (Next 16's proxy, formerly middleware): a fresh nonce and the
// Content-Security-Policy for pages (the other security headers are in next.config.ts), a request
// id for logs and the audit log, the requested path (so a page can send an anonymous visitor back
// after sign-in), and CSRF protection for route handlers that change something (server actions
// are checked by Next itself, Better Auth's endpoints by Better Auth).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { urlHasNul } from "@/lib/security/nul-url";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { env } from "@/lib/server/env";

const SESSION_COOKIE = "eh.session_token";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = crypto.randomUUID();
  const isApi = pathname.startsWith("/api/");
  // No address here holds a NUL character (lib/security/nul-url.ts): bad input, refused before anything else.
  if (urlHasNul(request.url)) {
    const message = "Bad request: the address contains a NUL character (%00).";
    return isApi
      ? NextResponse.json({ error: { code: "validation", message } }, { status: 400, headers: { "X-Request-Id": requestId } })
      : new NextResponse(message + "\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Request-Id": requestId } });
  }
  const e = env();
  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  forwarded.set("x-eh-path", pathname + search);

  // Only a request that carries the session cookie can be forged into acting for someone; public
  // endpoints and API-key clients hold no ambient credential.
  const hasSession = request.cookies.getAll().some((c) => c.name.endsWith(SESSION_COOKIE));
  if (isApi && hasSession && !pathname.startsWith("/api/auth/") && !request.headers.has("authorization")) {
    const verdict = checkSameOrigin({
      method: request.method,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      allowedOrigins: [e.APP_URL, request.nextUrl.origin],
    });
    if (!verdict.ok)
      return NextResponse.json({ error: { code: "forbidden", message: "Cross-site request refused", reason: "csrf" } }, { status: 403, headers: { "X-Request-Id": requestId } });
  }

  let csp: string | undefined;
  if (!isApi) {
    // Next reads the nonce from the request's CSP header and puts it on every script it renders.
    csp = contentSecurityPolicy({ nonce: newNonce(), dev: e.NODE_ENV === "development" });
    forwarded.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers: forwarded } });
  if (csp) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
