// Better Auth's endpoints (sign-in, SSO callback, sign-out, session). Public by nature; Better Auth
// checks origins, rate-limits sign-in per address, and our hooks lock accounts and audit attempts.
import { auth } from "@/lib/server/auth";
import { logger } from "@/lib/server/logger";
import { publicRoute } from "@/lib/server/route-handler";

/** Better Auth's own failures (e.g. its rate-limit store timing out under load) are "try again", not a 500. */
async function handle(req: Request): Promise<Response> {
  try {
    return await auth().handler(req);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "authentication service busy");
    return Response.json({ error: { code: "rate_limited", message: "The sign-in service is busy: try again in a few seconds." } }, { status: 503, headers: { "retry-after": "5" } });
  }
}

export const dynamic = "force-dynamic";

export const GET = publicRoute({ name: "GET /api/auth/[...all]" }, (req) => handle(req));
export const POST = publicRoute({ name: "POST /api/auth/[...all]" }, (req) => handle(req));
