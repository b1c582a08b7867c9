// The result of "Test connection" as it is stored (`last_test_result`) and sent to the browser: the
// shape of lib/integrations' ConnectionReport, validated on the way out of the database so the page
// never renders a row it does not understand. It carries no secrets (the clients' messages are
// redacted); client components import its types only (`import type`): the schemas would bring zod into the browser.
import { z } from "zod";

export const CHECK_STATUSES = ["ok", "failed", "skipped"] as const;

export const ConnectionCheckDto = z.object({
  id: z.string().max(100),
  kind: z.enum(["auth", "permission", "endpoint", "rate-limit"]),
  status: z.enum(CHECK_STATUSES),
  neededFor: z.string().max(500),
  detail: z.string().max(2000),
  code: z.string().max(40).optional(),
  httpStatus: z.number().int().optional(),
  requestId: z.string().max(200).optional(),
});
export type ConnectionCheckDto = z.infer<typeof ConnectionCheckDto>;

export const RateLimitDto = z.object({
  endpoint: z.string().max(200),
  limit: z.number().nullable(),
  remaining: z.number().nullable(),
  resetSeconds: z.number().nullable(),
  clientPolicy: z.string().max(500),
});
export type RateLimitDto = z.infer<typeof RateLimitDto>;

export const ConnectionReportDto = z.object({
  vendor: z.enum(["netskope", "intune", "jamf"]),
  ok: z.boolean(),
  checkedAt: z.string(),
  checks: z.array(ConnectionCheckDto).max(50),
  rateLimits: z.array(RateLimitDto).max(50),
  /** How long the test took, in ms (ours, not the vendor's). */
  durationMs: z.number().int().nonnegative().optional(),
});
export type ConnectionReportDto = z.infer<typeof ConnectionReportDto>;

/** The stored report, or null when there is none or it no longer parses. */
export function parseStoredReport(value: unknown): ConnectionReportDto | null {
  if (value === null || value === undefined) return null;
  const parsed = ConnectionReportDto.safeParse(value);
  return parsed.success ? parsed.data : null;
}
