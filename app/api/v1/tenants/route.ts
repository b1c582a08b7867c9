// JSON API: the tenants the caller may see (a signed-in person or an API key).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/route-handler";
import { listApiTenants } from "@/lib/services/api/tenants";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/v1/tenants", role: "VIEWER", accepts: "session-or-api-key" }, async ({ ctx }) =>
  NextResponse.json({ tenants: await listApiTenants({ ctx }) }, { headers: { "Cache-Control": "no-store" } }),
);
