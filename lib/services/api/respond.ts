// Every JSON API response goes through its schema: what is sent is what the OpenAPI document says.
import { NextResponse } from "next/server";
import type { z } from "zod";

export function apiJson<S extends z.ZodType>(schema: S, body: z.input<S>): NextResponse {
  return NextResponse.json(schema.parse(body), { headers: { "Cache-Control": "no-store" } });
}
