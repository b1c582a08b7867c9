import "server-only";
// The public, stateless JSON endpoints (what-if, install-command lint): no session, no stored data.
// A bad body is a 400 with field errors, never a 500; each client address is rate-limited.
import { NextResponse } from "next/server";
import type { HandlerResult } from "@/lib/domain/what-if";
import { logger } from "@/lib/server/logger";
import { rateLimit } from "@/lib/server/rate-limit";

const MAX_BODY_BYTES = 64 * 1024;
const LIMIT_PER_MINUTE = 120;

function clientAddress(req: Request): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "local";
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** Runs a pure handler on the request's JSON body. */
export async function publicJsonEndpoint<T>(req: Request, name: string, handler: (body: unknown) => HandlerResult<T>) {
  const rate = rateLimit(`${name}:${clientAddress(req)}`, LIMIT_PER_MINUTE, 60_000);
  const rateHeaders = { "RateLimit-Limit": String(LIMIT_PER_MINUTE), "RateLimit-Remaining": String(rate.remaining) };
  if (!rate.allowed) return json({ error: "rate_limited", message: "Too many requests; retry later." }, 429, { ...rateHeaders, "Retry-After": String(rate.retryAfterSeconds) });
  if (!(req.headers.get("content-type") ?? "").toLowerCase().includes("application/json"))
    return json({ error: "unsupported_media_type", message: "Send the body as application/json." }, 415, rateHeaders);
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json({ error: "too_large", message: `The body exceeds ${MAX_BODY_BYTES} bytes.` }, 413, rateHeaders);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: "invalid_json", message: "The body is not valid JSON.", fieldErrors: { body: ["Not valid JSON."] } }, 400, rateHeaders);
  }
  try {
    const result = handler(body);
    if (!result.ok) return json({ error: "validation", message: "The body does not match the schema.", fieldErrors: result.fieldErrors }, 400, rateHeaders);
    return json(result.body, 200, rateHeaders);
  } catch (e) {
    logger.error({ endpoint: name, err: e }, "public endpoint failed");
    return json({ error: "internal", message: "The request could not be evaluated." }, 500, rateHeaders);
  }
}
