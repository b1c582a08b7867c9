import "server-only";
// Shared bits of the "Test connection" services.
import type { ConnectionReportDto } from "@/lib/connections/report";

/** Clients built for a test of unsaved values: shorter waits than a sync, so the page answers in time. */
export const DRAFT_CLIENT_OPTIONS = { timeoutMs: 15_000, retry: { maxAttempts: 2, maxTotalWaitMs: 5_000 } } as const;

/** What the audit log keeps of a test: the outcome per check, never a detail that could carry data. */
export function auditSummary(report: ConnectionReportDto, extra: Record<string, unknown>) {
  return {
    ...extra,
    ok: report.ok,
    failed: report.checks.filter((check) => check.status === "failed").map((check) => `${check.id}${check.code ? ` (${check.code})` : ""}`),
    skipped: report.checks.filter((check) => check.status === "skipped").map((check) => check.id),
    durationMs: report.durationMs,
  };
}
