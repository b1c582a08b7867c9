// Better Auth's endpoints (sign-in, SSO callback, sign-out, session). Public by nature; Better Auth
// checks origins, rate-limits sign-in per address, and our hooks lock accounts and audit attempts.
import { auth } from "@/lib/server/auth";
import { publicRoute } from "@/lib/server/route-handler";

export const dynamic = "force-dynamic";

export const GET = publicRoute({ name: "GET /api/auth/[...all]" }, (req) => auth().handler(req));
export const POST = publicRoute({ name: "POST /api/auth/[...all]" }, (req) => auth().handler(req));
