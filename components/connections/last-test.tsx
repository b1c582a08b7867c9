import { useTranslations } from "next-intl";
import type { ConnectionReportDto } from "@/lib/connections/report";
import { CheckStatus } from "./check-status";

/** The last test in a table cell: passed / failed (how many checks) and when, or "never tested". */
export function LastTest({ report, at }: { report: ConnectionReportDto | null; at: string | null }) {
  const t = useTranslations("connections");
  if (!report || !at) return <span className="text-ink-3">{t("neverTested")}</span>;
  const failed = report.checks.filter((c) => c.status === "failed").length;
  return (
    <span className="flex flex-col gap-1">
      <span className="flex items-center gap-2">
        <CheckStatus status={report.ok ? "ok" : "failed"} />
        {report.ok ? null : <span className="text-xs">{t("report.failedChecks", { count: failed })}</span>}
      </span>
      <span className="text-xs text-ink-3">{at}</span>
    </span>
  );
}
