import "server-only";
// Runs one vendor client's testConnection() under a deadline and turns whatever happens into a
// ConnectionReportDto: a test that cannot even start (a host that does not answer, a deadline
// reached) is still a report with one failed check, never an exception on the settings page.
import { ConnectionReportDto, type ConnectionReportDto as Report } from "@/lib/connections/report";
import { isIntegrationError, type Vendor } from "@/lib/integrations/errors";
import type { ConnectionReport } from "@/lib/integrations/types";
import { logger } from "@/lib/server/logger";

/** Longest a "Test connection" may take before it is reported as timed out. */
export const TEST_DEADLINE_MS = 45_000;

const NEEDED_FOR = "reaching the vendor at all";

/** Runs `run` with an abort signal that fires after `deadlineMs`. */
export async function runConnectionTest(vendor: Vendor, run: (signal: AbortSignal) => Promise<ConnectionReport>, deadlineMs = TEST_DEADLINE_MS): Promise<Report> {
  const started = Date.now();
  const signal = AbortSignal.timeout(deadlineMs);
  const failed = (detail: string, code: string, httpStatus?: number): Report => ({
    vendor,
    ok: false,
    checkedAt: new Date().toISOString(),
    checks: [{ id: "connection", kind: "endpoint", status: "failed", neededFor: NEEDED_FOR, detail, code, httpStatus }],
    rateLimits: [],
  });
  let result: Report;
  try {
    result = ConnectionReportDto.parse(await run(signal));
  } catch (error) {
    if (signal.aborted) result = failed(`no complete answer within ${Math.round(deadlineMs / 1000)} s`, "timeout");
    else if (isIntegrationError(error)) result = failed(error.message, error.code, error.status);
    else {
      // Unexpected (a bug or a malformed setting): the message may not be safe to show; the log has it.
      logger.error({ err: error, vendor }, "connection test failed unexpectedly");
      result = failed("the test could not run (see the server log)", "error");
    }
  }
  return { ...result, durationMs: Date.now() - started };
}
