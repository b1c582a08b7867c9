import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/route-handler";
import { getOverview } from "@/lib/services/tenants/overview";

export const dynamic = "force-dynamic";

/** The overview's live data (the page polls it): tenants most urgent first, tiles; never a token value. */
export const GET = apiRoute({ name: "GET /api/overview", role: "VIEWER", accepts: "session" }, async ({ ctx }) =>
  NextResponse.json(await getOverview({ ctx }), { headers: { "Cache-Control": "no-store" } }),
);
