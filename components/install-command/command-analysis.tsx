"use client";
// What the checker says about a pasted command: the fields it sets (tokens masked) and its problems by
// severity. Loaded with the lint engine right after the first paint, not with the page (issue 6).
import { AlertTriangle, CheckCircle2, Info, XCircle, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Severity } from "@/lib/domain/install-command/lint-codes";
import type { InstallCommandFields } from "@/lib/domain/install-command/parse";
import { checkCommand } from "./check";

const SEVERITY: Record<Severity, { icon: LucideIcon; className: string }> = {
  error: { icon: XCircle, className: "border-critical/40 bg-critical-soft text-critical" },
  warning: { icon: AlertTriangle, className: "border-warning/40 bg-warning-soft text-warning" },
  info: { icon: Info, className: "border-notice/40 bg-notice-soft text-notice" },
};

const FIELD_ORDER: readonly (keyof InstallCommandFields)[] = [
  "kind",
  "msiPath",
  "host",
  "orgKey",
  "installMode",
  "idpTenant",
  "idpDomain",
  "mode",
  "enrollAuthToken",
  "enrollEncryptionToken",
  "prelogonUser",
  "logPath",
  "quiet",
];

export function CommandAnalysis({ command, addonHost }: { command: string; addonHost: string }) {
  const t = useTranslations("tools.installCommand.check");
  const td = useTranslations("domain");
  const result = useMemo(() => checkCommand(command, addonHost), [command, addonHost]);

  const fieldValue = (fields: InstallCommandFields, key: keyof InstallCommandFields) => {
    const v = fields[key];
    if (key === "kind") return td(`commandKind.${fields.kind}`);
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    return v;
  };

  return result ? (
          <div className="grid gap-6 md:grid-cols-2">
            <section aria-labelledby="command-fields-heading">
              <h3 id="command-fields-heading" className="text-base font-semibold">
                {t("fieldsHeading")}
              </h3>
              <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                {FIELD_ORDER.filter((k) => result.fields[k] !== null).map((k) => (
                  <div key={k} className="contents">
                    <dt className="text-ink-3">{td(`field.${k}`)}</dt>
                    <dd className="break-all font-mono text-ink">{fieldValue(result.fields, k)}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <section aria-labelledby="command-problems-heading">
              <h3 id="command-problems-heading" className="text-base font-semibold">
                {t("problemsHeading")}
              </h3>
              {result.groups.length === 0 ? (
                <p className="mt-2 flex items-center gap-2 rounded-md border border-ok/40 bg-ok-soft px-3 py-2 text-sm text-ok">
                  <CheckCircle2 aria-hidden className="size-4" />
                  {t("noProblems")}
                </p>
              ) : (
                result.groups.map(({ severity, problems }) => {
                  const { icon: Icon, className } = SEVERITY[severity];
                  return (
                    <div key={severity} className="mt-3">
                      <h4 className="text-sm font-medium text-ink-2">{t("group", { severity: td(`lint.severity.${severity}`), count: problems.length })}</h4>
                      <ul className="mt-1 space-y-1">
                        {problems.map((p, i) => (
                          <li key={`${p.code}-${i}`} className={`flex items-start gap-2 rounded-md border px-3 py-2 text-sm ${className}`}>
                            <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
                            <span>{td.has(`lint.problem.${p.code}`) ? td(`lint.problem.${p.code}`, { param: p.param ?? "" }) : p.message}</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  );
                })
              )}
            </section>
          </div>
        ) : (
          <p className="text-sm text-ink-3">{t("empty")}</p>
        );
}
