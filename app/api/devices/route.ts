// One page of the device table (the drill-down of the readiness report), for the client table.
import { NextResponse } from "next/server";
import { parseDeviceQuery } from "@/lib/devices/query";
import { apiRoute } from "@/lib/server/route-handler";
import { listDevices } from "@/lib/services/devices/list";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/devices", role: "VIEWER", accepts: "session" }, async ({ req, ctx }) => {
  const page = await listDevices({ ctx, input: parseDeviceQuery(new URL(req.url).searchParams) });
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
