import "server-only";
// The client's address for audit events and rate limits: X-Forwarded-For as Better Auth reads it,
// trusted proxies honoured (TRUSTED_PROXIES). Better Auth's getIP checks each address with zod (~0.15 ms
// of every signed-in request, issue 6), and its answer depends only on that header and the trusted
// proxies, which are fixed for the process; a browser's requests carry the same header again and again,
// so answers are kept per header value.
import { getIP } from "better-auth/api";
import { BoundedMemo } from "@/lib/domain/bounded-memo";
import { requiredEnv } from "@/lib/server/env";

/** Bound on remembered header values: past it the map starts afresh. */
export const CLIENT_IP_CACHE_MAX = 1000;
const ipByForwardedFor = new BoundedMemo<string, string | null>(CLIENT_IP_CACHE_MAX);

/** The client's address from the request's headers, or null when none can be trusted. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  return ipByForwardedFor.get(forwarded, () => getIP(headers, { advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: requiredEnv().TRUSTED_PROXIES } } }));
}
