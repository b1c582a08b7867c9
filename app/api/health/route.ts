import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/server/route-handler";
import { getHealth } from "@/lib/services/system/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers: 200 when the database is reachable and migrated. */
export const GET = publicRoute({ name: "GET /api/health" }, async () => {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
