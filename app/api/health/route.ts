import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { checkHealth } from "@/lib/services/system/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers: 200 when the database is reachable and migrated. */
export async function GET() {
  const database = env().EMBEDDED_DATABASE ? "embedded" : "postgres";
  const health = await checkHealth(db(), database);
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
