// The per-tenant plumbing shared by the Netskope call groups (token sets, events, classification).
import { systemClock, type Clock } from "../clock";
import { HttpClient } from "../http";
import type { IntegrationLogger } from "../logger";
import { createRateLimiter } from "../rate-limit";
import { SecretRegistry } from "@/lib/log/redact";
import type { RetryPolicy } from "../retry";
import type { Transport } from "../transport";

export interface NetskopeConfig {
  /** `https://<tenant>.goskope.com/api/v2` (regional `<tenant>.<region>.goskope.com`), or the simulator's `/netskope/<slug>/api/v2`. */
  baseUrl: string;
  /** REST API v2 token, scoped per endpoint, read or read+write [doc]. */
  apiToken: string;
  /** `Netskope-Api-Token: <token>` [doc] by default; some Netskope code sends `Authorization: Bearer` [sdk]. */
  authScheme?: "netskope-header" | "bearer";
  /** Legacy v1 token (older tenants), sent in the request body [doc]. */
  v1Token?: string;
  /** Defaults to `baseUrl` with `/api/v2` replaced by `/api/v1`. */
  v1BaseUrl?: string;
  logger?: IntegrationLogger;
  clock?: Clock;
  transport?: Transport;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  /** Client-side limit per endpoint; Netskope documents 4 requests/s [doc]. Raise only if Netskope raised yours. */
  requestsPerSecond?: number;
}

export interface NetskopeContext {
  http: HttpClient;
  v1: { http: HttpClient; token: string } | null;
}

/** A 2xx carrying `{"status":"error", "message": ...}` is an error [sdk]. */
export function netskopeErrorInBody(body: unknown): string | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.status !== "string" || record.status.toLowerCase() !== "error") return undefined;
  if (typeof record.message === "string") return record.message;
  if (Array.isArray(record.errors) && typeof record.errors[0] === "string") return record.errors[0];
  return "error";
}

export function createNetskopeContext(config: NetskopeConfig): NetskopeContext {
  const secrets = new SecretRegistry();
  secrets.add(config.apiToken);
  secrets.add(config.v1Token);
  const common = { vendor: "netskope" as const, logger: config.logger, clock: config.clock, transport: config.transport, retry: config.retry, timeoutMs: config.timeoutMs, secrets, errorInBody: netskopeErrorInBody };
  const authHeaders: Record<string, string> =
    config.authScheme === "bearer" ? { authorization: `Bearer ${config.apiToken}` } : { "netskope-api-token": config.apiToken };
  const http = new HttpClient({
    ...common,
    baseUrl: config.baseUrl,
    // 4 requests/s per endpoint [doc: data-export]; applied to every endpoint, keyed by path template.
    limiter: createRateLimiter(config.clock ?? systemClock, { perKey: { limit: config.requestsPerSecond ?? 4, windowMs: 1000 } }),
    auth: async () => authHeaders,
  });
  const v1 = config.v1Token
    ? {
        token: config.v1Token,
        http: new HttpClient({
          ...common,
          baseUrl: config.v1BaseUrl ?? config.baseUrl.replace(/\/api\/v2\/?$/, "/api/v1"),
          // v1: 24 requests per 5 s across the API [doc].
          limiter: createRateLimiter(config.clock ?? systemClock, { global: { limit: 24, windowMs: 5000 } }),
        }),
      }
    : null;
  return { http, v1 };
}
