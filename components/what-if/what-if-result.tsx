"use client";
// The answer in plain words: the outcome of one enrollment attempt, then whether the device's next
// attempt survives the planned change and what fixes it, in the order to try. The whole panel is a
// polite live region so a screen-reader user hears the new answer after changing a control.
import { CheckCircle2, CircleHelp, XCircle, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { EnrollmentOutcome, PlannedChange } from "@/lib/domain/types";
import type { WhatIfAnswer } from "./model";
import { useReasonText } from "./reason-text";

const OUTCOME: Record<EnrollmentOutcome, { icon: LucideIcon; className: string }> = {
  enrolls: { icon: CheckCircle2, className: "border-ok/40 bg-ok-soft text-ok" },
  refused: { icon: XCircle, className: "border-critical/40 bg-critical-soft text-critical" },
  unknown: { icon: CircleHelp, className: "border-warning/40 bg-warning-soft text-warning" },
};

function Verdict({ outcome, label }: { outcome: EnrollmentOutcome; label: string }) {
  const { icon: Icon, className } = OUTCOME[outcome];
  return (
    <p className={`flex items-center gap-2 rounded-md border px-3 py-2 text-base font-semibold ${className}`}>
      <Icon aria-hidden className="size-5 shrink-0" />
      {label}
    </p>
  );
}

export function WhatIfResult({ answer, change }: { answer: WhatIfAnswer; change: PlannedChange }) {
  const t = useTranslations("tools.whatIf.result");
  const td = useTranslations("domain");
  const reasonText = useReasonText();
  const { enrollment, readiness } = answer;
  // Readiness says "refused" for an unknown client too; show that as "unknown", as the engine means it.
  const readinessOutcome: EnrollmentOutcome = !readiness.refused
    ? "enrolls"
    : readiness.reasons.some((r) => r.code === "client-version-unknown")
      ? "unknown"
      : "refused";
  const stepTitle = readiness.step && td.has(`step.${readiness.step}.title`) ? td(`step.${readiness.step}.title`) : readiness.step;

  return (
    <section aria-labelledby="what-if-result-heading" aria-live="polite" className="grid gap-4 lg:sticky lg:top-4">
      <h2 id="what-if-result-heading" className="sr-only">
        {t("heading")}
      </h2>
      <div className="rounded-lg border border-line bg-surface p-4" data-testid="enrollment-result">
        <h3 className="text-base font-semibold text-ink">{t("enrollmentHeading")}</h3>
        <p className="mt-1 text-sm text-ink-3">{t("enrollmentLead")}</p>
        <div className="mt-3">
          <Verdict outcome={enrollment.outcome} label={t(`enrollment.${enrollment.outcome}`)} />
        </div>
        <h4 className="mt-4 text-sm font-medium text-ink-2">{t("why")}</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink">
          {enrollment.reasons.map((r) => (
            <li key={r.code}>{reasonText(r)}</li>
          ))}
        </ul>
      </div>

      <div className="rounded-lg border border-line bg-surface p-4" data-testid="readiness-result">
        <h3 className="text-base font-semibold text-ink">{t("readinessHeading")}</h3>
        <p className="mt-1 text-sm text-ink-3">{t("readinessLead", { change: td(`change.${change}`) })}</p>
        <div className="mt-3">
          <Verdict
            outcome={readinessOutcome}
            label={readiness.refused ? t(`readiness.${readinessOutcome === "unknown" ? "unknown" : "refused"}`, { step: stepTitle ?? "" }) : t("readiness.ok")}
          />
        </div>
        <h4 className="mt-4 text-sm font-medium text-ink-2">{t("why")}</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink">
          {readiness.reasons.map((r) => (
            <li key={r.code}>{reasonText(r)}</li>
          ))}
        </ul>
        <h4 className="mt-4 text-sm font-medium text-ink-2">{readiness.refused ? t("remediations") : t("remediationsNone")}</h4>
        <ol className="mt-1 space-y-2 text-sm">
          {readiness.remediations.map((r, i) => (
            <li key={r} className="flex gap-3 rounded-md bg-surface-2 px-3 py-2">
              <span aria-hidden className="font-semibold tabular-nums text-ink-3">
                {i + 1}.
              </span>
              <span>
                <span className="font-medium text-ink">{td(`remediation.${r}.label`)}</span>
                <span className="block text-ink-2">{td(`remediation.${r}.description`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
