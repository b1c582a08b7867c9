import "server-only";
// How errors leave the server, for actions and route handlers alike: an expected error (lib/server/
// errors.ts) keeps its code, message and reason; anything else becomes "internal" with a short
// reference that is also in the log line, so support can find it and the user learns nothing more.
import { randomUUID } from "node:crypto";
import type { ErrorCode, PublicError } from "@/lib/errors/public-error";
import { AppError, isExpectedError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";

export type { ErrorCode, PublicError };

const CODE_BY_STATUS: Record<number, ErrorCode> = { 400: "validation", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict", 429: "rate_limited" };

/** The public face of an error, plus the HTTP status it maps to. Logs unexpected errors with their reference. */
export function toPublicError(e: unknown, where: { name: string; requestId?: string }): { error: PublicError; status: number } {
  if (isExpectedError(e)) {
    const app = e as AppError & { fieldErrors?: Record<string, string[]> };
    const error: PublicError = { code: CODE_BY_STATUS[app.status] ?? "error", message: app.message };
    if (app.reason) error.reason = app.reason;
    if (app.fieldErrors && Object.keys(app.fieldErrors).length) error.fieldErrors = app.fieldErrors;
    return { error, status: app.status };
  }
  const ref = randomUUID().slice(0, 8);
  logger.error({ ref, where: where.name, requestId: where.requestId, err: e, stack: e instanceof Error ? e.stack : undefined }, "unexpected error");
  return { error: { code: "internal", message: `Something went wrong (reference ${ref}).`, ref }, status: 500 };
}
