// The API's OpenAPI 3.1 description, generated from the routes' zod schemas. Public: it holds no data.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/server/route-handler";
import { openApiDocument } from "@/lib/services/api/openapi";

export const dynamic = "force-static";

export const GET = publicRoute({ name: "GET /api/v1/openapi.json" }, () => NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));
