// Pure helpers of http.ts: URLs, response metadata and schema checks.
import type { z } from "zod";
import { IntegrationError, type Vendor } from "./errors";
import { parseRateLimitReset, parseRetryAfter } from "./retry";
import { redactText, type SecretRegistry } from "@/lib/log/redact";

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

/** Joins `base` and `path` (or takes `path` when absolute) and appends the query; arrays repeat the key. */
export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): URL {
  const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(base.replace(/\/+$/, "") + "/" + path.replace(/^\/+/, ""));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url;
}

const REQUEST_ID_HEADERS = ["request-id", "x-request-id", "x-ms-request-id", "client-request-id", "x-correlation-id"];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value.slice(0, 128);
  }
  return undefined;
}

export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  /** ms until the window resets. */
  resetMs?: number;
  /** ms the server asked us to wait (Retry-After). */
  retryAfterMs?: number;
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null) return undefined;
  const value = Number(raw.split(",")[0]?.trim());
  return Number.isFinite(value) ? value : undefined;
}

/** RateLimit-* [doc: Netskope] and Retry-After, when present. */
export function rateLimitOf(headers: Headers, now: number): RateLimitInfo | undefined {
  const info: RateLimitInfo = {
    limit: numberHeader(headers, "ratelimit-limit"),
    remaining: numberHeader(headers, "ratelimit-remaining"),
    resetMs: parseRateLimitReset(headers.get("ratelimit-reset"), now),
    retryAfterMs: parseRetryAfter(headers.get("retry-after"), now),
  };
  return Object.values(info).some((value) => value !== undefined) ? info : undefined;
}

/** The vendor's own explanation from an error body (JSON of any of the three vendors, or HTML/XML text). */
export function vendorMessage(body: string, secrets?: SecretRegistry): string | undefined {
  const text = body.trim();
  if (!text) return undefined;
  let message: unknown;
  try {
    const parsed: unknown = JSON.parse(text);
    message = pickMessage(parsed);
  } catch {
    message = text
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  }
  if (typeof message !== "string" || !message) return undefined;
  return redactText(message, secrets).slice(0, 300);
}

function pickMessage(value: unknown): unknown {
  if (typeof value === "string") return value;
  if (!value || typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  // Graph: {error:{code,message}}; Entra: {error, error_description}; Netskope: {message} or
  // {status:"error", message}; Netskope v1: {errors:[...]}; Jamf Pro API: {errors:[{code,description}]}.
  if (record.error && typeof record.error === "object") return pickMessage(record.error);
  for (const key of ["message", "error_description", "description", "msg", "detail", "title"]) {
    if (typeof record[key] === "string" && record[key]) return record[key];
  }
  if (Array.isArray(record.errors) && record.errors.length > 0) return pickMessage(record.errors[0]);
  if (typeof record.error === "string") return record.error;
  if (typeof record.code === "string") return record.code;
  return undefined;
}

/** Validates a vendor payload; a mismatch is the vendor's (or our schema's) fault: `upstream`, no values echoed. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, vendor: Vendor, endpoint: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`)
    .join("; ");
  throw new IntegrationError({ code: "upstream", vendor, endpoint, message: `${vendor} ${endpoint}: unexpected response shape (${where})` });
}

/** JSON.parse that returns undefined for an empty or non-JSON body. */
export function tryJson(body: string): unknown {
  if (!body.trim()) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
