// A calendar feed at its secret URL (iCalendar). Public in the sense that calendar clients send no
// session: the secret in the path is the credential, checked against its stored hash. Anything wrong
// (malformed, unknown, revoked, creator disabled or without access) is the same 404; requests are
// rate-limited per client address; the secret is never logged or echoed.
import { requiredEnv } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import { rateLimit } from "@/lib/server/rate-limit";
import { publicRoute } from "@/lib/server/route-handler";
import { requestFacts } from "@/lib/server/session";
import { feedSecretFromSegment } from "@/lib/services/calendar/feed-secret";
import { renderCalendarFeed } from "@/lib/services/calendar/render-feed";

export const dynamic = "force-dynamic";

const LIMIT_PER_MINUTE = 30;
const HEADERS = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };

const notFound = (extra: Record<string, string> = {}) => new Response("Not found\n", { status: 404, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", ...extra } });

export const GET = publicRoute<{ secret: string }>({ name: "GET /api/calendar/feeds/[secret]" }, async (req, context) => {
  const { requestId, sourceIp } = requestFacts(req.headers);
  const rate = rateLimit(`calendar-feed:${sourceIp ?? "local"}`, LIMIT_PER_MINUTE, 60_000);
  if (!rate.allowed) return new Response("Too many requests\n", { status: 429, headers: { ...HEADERS, "Retry-After": String(rate.retryAfterSeconds) } });
  const secret = feedSecretFromSegment((await context.params).secret ?? "");
  if (!secret) return notFound();
  try {
    const body = await renderCalendarFeed({ secret, appUrl: requiredEnv().APP_URL, requestId });
    if (body === null) return notFound();
    return new Response(body, { status: 200, headers: { ...HEADERS, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="enrollment-health.ics"' } });
  } catch (e) {
    logger.error({ err: e, requestId }, "calendar feed failed");
    return new Response("The feed could not be built\n", { status: 500, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  }
});
