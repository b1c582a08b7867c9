// Shared plumbing of the per-vendor `testConnection` functions: each check is one real call whose
// outcome is reported as data (status, our error code, HTTP status, request id), never thrown.
import type { Clock } from "./clock";
import { isIntegrationError, type Vendor } from "./errors";
import type { HttpResponse } from "./http";
import type { ConnectionCheck, ConnectionReport, RateLimitObservation } from "./types";

export interface CheckSpec {
  id: string;
  kind: ConnectionCheck["kind"];
  neededFor: string;
}

/** Runs `probe`; a thrown IntegrationError becomes a failed check with its code and status. */
export async function runCheck(spec: CheckSpec, probe: () => Promise<string>): Promise<ConnectionCheck> {
  try {
    return { ...spec, status: "ok", detail: await probe() };
  } catch (error) {
    if (!isIntegrationError(error)) throw error;
    return { ...spec, status: "failed", detail: error.message, code: error.code, httpStatus: error.status, requestId: error.requestId };
  }
}

export function skippedCheck(spec: CheckSpec, detail: string): ConnectionCheck {
  return { ...spec, status: "skipped", detail };
}

export function observeRateLimit(endpoint: string, response: HttpResponse, clientPolicy: string): RateLimitObservation {
  const info = response.rateLimit;
  return {
    endpoint,
    limit: info?.limit ?? null,
    remaining: info?.remaining ?? null,
    resetSeconds: info?.resetMs === undefined ? null : Math.round(info.resetMs / 1000),
    clientPolicy,
  };
}

/** `ok` when nothing failed; skipped checks (write scopes we cannot probe without side effects) do not fail it. */
export function report(vendor: Vendor, clock: Clock, checks: ConnectionCheck[], rateLimits: RateLimitObservation[]): ConnectionReport {
  return {
    vendor,
    ok: checks.every((check) => check.status !== "failed"),
    checkedAt: new Date(clock.now()).toISOString(),
    checks,
    rateLimits,
  };
}
