// One "Test connection" result: every check the product needs (authentication, each permission,
// rate limiting) with its outcome, why the product needs it, and what the vendor said. Not a client
// component of its own: the stored test renders it on the server, and the forms load it after the
// first paint, when a test has run (issue 6).
import { useFormatter, useTranslations } from "next-intl";
import type { ConnectionReportDto } from "@/lib/connections/report";
import { CheckStatus } from "./check-status";

/** The check id as a message key (next-intl nests on dots). */
const checkKey = (id: string) => id.replace(/[.-]/g, "_");

export function ConnectionReport({ report, note, headingLevel = 3 }: { report: ConnectionReportDto; note?: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations("connections");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const label = (id: string, part: "label" | "neededFor", fallback: string) => {
    const key = `checks.${report.vendor}.${checkKey(id)}.${part}`;
    return t.has(key) ? t(key) : fallback;
  };
  const failed = report.checks.filter((c) => c.status === "failed").length;
  const skipped = report.checks.filter((c) => c.status === "skipped").length;
  return (
    <div className="space-y-3" data-testid="connection-report">
      <div className={`rounded-md border px-3 py-2 text-sm ${report.ok ? "border-ok/40 bg-ok-soft text-ok" : "border-critical/40 bg-critical-soft text-critical"}`} role="status">
        <Heading className="font-semibold">{report.ok ? t("report.ok") : t("report.failed", { count: failed })}</Heading>
        <p className="mt-0.5 text-ink-2">
          {t("report.when", { at: format.dateTime(new Date(report.checkedAt), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" }) })}
          {report.durationMs !== undefined ? ` · ${t("report.duration", { seconds: (report.durationMs / 1000).toFixed(1) })}` : ""}
          {skipped ? ` · ${t("report.skipped", { count: skipped })}` : ""}
        </p>
        {note ? <p className="mt-0.5 text-ink-2">{note}</p> : null}
      </div>
      <div className="overflow-x-auto rounded-md border border-line" tabIndex={0} role="region" aria-label={t("report.checksLabel")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("report.checksLabel")}</caption>
          <thead className="border-b border-line bg-surface-2 text-xs uppercase tracking-wide text-ink-3">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("report.check")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("report.result")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("report.neededFor")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("report.detail")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {report.checks.map((c) => (
              <tr key={c.id} data-check={c.id} data-status={c.status}>
                <th scope="row" className="px-3 py-2 align-top font-medium text-ink">
                  {label(c.id, "label", c.id)}
                  <span className="block font-mono text-xs font-normal text-ink-3">{c.id}</span>
                </th>
                <td className="px-3 py-2 align-top">
                  <CheckStatus status={c.status} />
                </td>
                <td className="px-3 py-2 align-top text-ink-2">{label(c.id, "neededFor", c.neededFor)}</td>
                <td className="px-3 py-2 align-top text-ink-2">
                  {c.status === "failed" && c.code ? <span className="block font-medium text-ink">{t.has(`codes.${c.code}`) ? t(`codes.${c.code}`) : c.code}</span> : null}
                  <span className="block break-words">{c.detail}</span>
                  {c.httpStatus || c.requestId ? (
                    <span className="block text-xs text-ink-3">
                      {[c.httpStatus ? `HTTP ${c.httpStatus}` : "", c.requestId ? t("report.requestId", { id: c.requestId }) : ""].filter(Boolean).join(" · ")}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.rateLimits.length ? (
        <details className="text-sm text-ink-2">
          <summary className="cursor-pointer font-medium text-ink">{t("report.rateLimits")}</summary>
          <ul className="mt-2 space-y-1">
            {report.rateLimits.map((r, i) => (
              <li key={`${r.endpoint}-${i}`}>
                <code className="font-mono text-xs">{r.endpoint}</code>:{" "}
                {r.limit === null ? t("report.noHeaders") : t("report.observed", { limit: r.limit, remaining: r.remaining ?? "?", reset: r.resetSeconds ?? "?" })} · {t("report.clientPolicy", { policy: r.clientPolicy })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
