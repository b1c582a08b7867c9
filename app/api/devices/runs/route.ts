// The latest device syncs and imports (progress for the devices page, polled while one runs).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/route-handler";
import { listSyncRuns } from "@/lib/services/devices/start-sync";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/devices/runs", role: "VIEWER", accepts: "session" }, async ({ req, ctx }) => {
  const tenantId = new URL(req.url).searchParams.get("tenantId");
  const runs = await listSyncRuns({ ctx, input: { tenantId: tenantId && tenantId.length <= 64 ? tenantId : null } });
  return NextResponse.json({ runs }, { headers: { "Cache-Control": "no-store" } });
});
