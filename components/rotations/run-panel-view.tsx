"use client";
// The run as it is shown: steps, what it waits for, the human gates' controls and the event log. Pure
// rendering of a run view; run-panel.tsx feeds it, first with the server's view, then live.
import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { advanceRotationAction, approveRotationAction, cancelRotationAction, recordRotationEvidenceAction, revertRotationAction, rollbackRotationAction, skipRotationStepAction } from "@/lib/actions/rotations";
import type { ActionResult, RunViewJson, StepStatus } from "./run-types";

const STEP_STYLE: Record<StepStatus, string> = {
  done: "bg-ok-soft text-ok",
  skipped: "bg-surface-2 text-ink-3",
  current: "bg-accent/15 text-accent",
  running: "bg-warning-soft text-warning",
  failed: "bg-critical-soft text-critical",
  todo: "bg-surface-2 text-ink-3",
};

function ReasonForm({ label, button, variant = "secondary", onSubmit, busy, minLength = 5 }: { label: string; button: string; variant?: "primary" | "secondary" | "danger"; onSubmit: (reason: string) => void; busy: boolean; minLength?: number }) {
  const [value, setValue] = useState("");
  const id = `reason-${button.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm font-medium text-ink-2">
          {label}
        </label>
        <input id={id} value={value} onChange={(e) => setValue(e.target.value)} required minLength={minLength} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink" />
      </div>
      <Button type="submit" variant={variant} busy={busy}>
        {button}
      </Button>
    </form>
  );
}

export interface RunPanelViewProps {
  view: RunViewJson;
  canOperate: boolean;
  isAdmin: boolean;
  userId: string | null;
  /** An operator's call is running. */
  pending: boolean;
  error: string | null;
  /** Runs one of the run's actions (its errors end up in `error`). */
  run: (fn: () => Promise<ActionResult>) => void;
  clearError: () => void;
}

export function RunPanelView({ view, canOperate, isAdmin, userId, pending, error, run, clearError }: RunPanelViewProps) {
  const t = useTranslations("rotations");
  const format = useFormatter();
  const total = view.steps.length;
  const percent = Math.round((view.stepsDone / total) * 100);
  const time = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";
  const isCreator = userId !== null && userId === view.createdById;

  let gate: ReactNode = null;
  const w = view.waitingFor;
  if (view.status === "ACTIVE" && canOperate) {
    if (w === "start-approval" || w === "enforce-approval") {
      gate = isAdmin && !isCreator ? <Button onClick={() => run(() => approveRotationAction({ runId: view.id, gate: w === "start-approval" ? "START" : "ENFORCE" }))} busy={pending}>{t("run.approve", { gate: w === "start-approval" ? "START" : "ENFORCE" })}</Button> : null;
    } else if (w === "enforce-confirmation") {
      const refused = view.enforceRefused ?? 0;
      gate = (
        <div className="space-y-3">
          <p className="text-sm">{t("run.refused", { count: refused })}</p>
          {refused > 0 ? (
            isAdmin ? (
              <ReasonForm label={t("run.overrideEnforce")} button={t("run.enforce")} variant="primary" minLength={10} busy={pending} onSubmit={(reason) => run(() => advanceRotationAction({ runId: view.id, confirmEnforce: true, overrideReason: reason }))} />
            ) : null
          ) : (
            <Button onClick={() => run(() => advanceRotationAction({ runId: view.id, confirmEnforce: true }))} busy={pending}>
              {t("run.enforce")}
            </Button>
          )}
        </div>
      );
    } else if (w === "retry" || w === "interrupted" || w === "verify-failed") {
      gate = <Button onClick={() => { clearError(); run(() => advanceRotationAction({ runId: view.id })); }} busy={pending}>{w === "retry" ? t("run.retry") : w === "interrupted" ? t("run.resume") : t("run.verifyAgain")}</Button>;
    } else if (w === "manual-step" && view.step) {
      const step = view.step;
      gate = (
        <div className="space-y-4">
          <form
            className="grid gap-2 md:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const note = String(f.get("note") ?? "");
              const token = String(f.get("token") ?? "") || undefined;
              const exp = String(f.get("tokenExpiresAt") ?? "");
              const evidence =
                step === "verify"
                  ? { kind: "test-device" as const, deviceName: note, user: "operator", enrolled: true as const }
                  : step === "schedule-renewal"
                    ? { kind: "scheduled-date" as const, scheduledFor: new Date(note).toISOString() }
                    : { kind: "console-confirmation" as const, note };
              run(() => recordRotationEvidenceAction({ runId: view.id, step: step as "verify", evidence, token, tokenExpiresAt: exp ? new Date(exp).toISOString() : undefined }));
            }}
          >
            <div className="md:col-span-2">
              <label htmlFor="ev-note" className="block text-sm font-medium text-ink-2">{t("run.evidenceNote")}</label>
              <input id="ev-note" name="note" required className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink" />
            </div>
            {view.createsToken ? (
              <>
                <div>
                  <label htmlFor="ev-token" className="block text-sm font-medium text-ink-2">{t("run.token")}</label>
                  <input id="ev-token" name="token" type="password" autoComplete="off" required className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink" />
                </div>
                <div>
                  <label htmlFor="ev-exp" className="block text-sm font-medium text-ink-2">{t("run.tokenExpiry")}</label>
                  <input id="ev-exp" name="tokenExpiresAt" type="date" required className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink" />
                </div>
              </>
            ) : null}
            <div>
              <Button type="submit" busy={pending}>{t("run.recordEvidence")}</Button>
            </div>
          </form>
          {view.steps.find((s) => s.id === step)?.skippable ? <ReasonForm label={t("run.skipReason")} button={t("run.skip")} busy={pending} onSubmit={(reason) => run(() => skipRotationStepAction({ runId: view.id, step: step as "push-nsdiag", reason }))} /> : null}
        </div>
      );
    }
  }

  return (
    <div className="space-y-6">
      <Card className="p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-medium">
            {t(`run.statusLine.${view.status}`)} · {t("run.progress", { done: view.stepsDone, total })}
          </p>
          <div className="flex gap-3 text-sm">
            {view.status === "ACTIVE" ? <span className="text-ink-3" aria-live="off">{t("run.live")}</span> : null}
            <Link href={`/rotations/${view.id}/evidence`} className="font-medium text-accent underline">
              {t("run.evidence")}
            </Link>
          </div>
        </div>
        <div className="mt-3 h-2 w-full overflow-hidden rounded-full bg-surface-2" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={view.stepsDone} aria-label={t("run.progress", { done: view.stepsDone, total })}>
          <div className="h-full bg-accent transition-all" style={{ width: `${percent}%` }} />
        </div>
        <div className="mt-4" data-testid="waiting">
          <Notice tone={w === "retry" || w === "verify-failed" ? "error" : w === "finished" ? "success" : "info"}>
            {w === "nsdiag-runs" && view.progress
              ? t("run.waiting.nsdiag-runs", { succeeded: view.progress.succeeded, total: view.progress.total, pending: view.progress.pending, threshold: Math.round(view.progress.threshold * 100) })
              : w === "retry"
                ? t("run.waiting.retry", { error: view.error ?? "" })
                : t(`run.waiting.${w}`)}
          </Notice>
        </div>
        {view.newToken ? <p className="mt-3 text-sm text-ink-2">{t("run.newToken", { fingerprint: view.newToken.fingerprint.slice(0, 8), expires: time(view.newToken.expiresAt) })}</p> : null}
        {view.progress && (w === "nsdiag-runs" || view.step === "push-nsdiag") ? (
          <div className="mt-4 space-y-3">
            <div className="h-2 w-full overflow-hidden rounded-full bg-surface-2" role="progressbar" aria-label="nsdiag" aria-valuemin={0} aria-valuemax={view.progress.total} aria-valuenow={view.progress.succeeded}>
              <div className="h-full bg-ok" style={{ width: `${view.progress.total ? Math.round((view.progress.succeeded / view.progress.total) * 100) : 0}%` }} />
            </div>
            {view.progress.failed.length ? (
              <div className="overflow-x-auto" tabIndex={0}>
                <table className="w-full text-left text-sm">
                  <caption className="mb-1 text-left text-sm font-medium text-ink-2">{t("run.failedDevices")}</caption>
                  <thead className="text-xs uppercase text-ink-3">
                    <tr><th scope="col" className="py-1 pr-3">{t("run.device")}</th><th scope="col" className="py-1 pr-3">{t("run.state")}</th><th scope="col" className="py-1">{t("run.message")}</th></tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {view.progress.failed.map((f) => (
                      <tr key={f.device}><td className="py-1 pr-3">{f.device}</td><td className="py-1 pr-3">{f.state}</td><td className="py-1 text-ink-3">{f.message ?? "—"}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {canOperate && w === "nsdiag-runs" ? (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" busy={pending} onClick={() => run(() => advanceRotationAction({ runId: view.id, retryFailed: true }))}>{t("run.retryFailed")}</Button>
                <Button variant="secondary" busy={pending} onClick={() => run(() => advanceRotationAction({ runId: view.id, acceptProgress: true }))}>{t("run.acceptProgress")}</Button>
              </div>
            ) : null}
          </div>
        ) : null}
        {gate ? <div className="mt-4">{gate}</div> : null}
        {error ? <div className="mt-4"><Notice tone="error">{t("run.error", { message: error })}</Notice></div> : null}
      </Card>

      <Card className="p-6">
        <h2 className="text-lg font-semibold">{t("run.stepsTitle")}</h2>
        <ol className="mt-3 space-y-2">
          {view.steps.map((s, i) => (
            <li key={s.id} className="flex items-center justify-between gap-3 rounded-md border border-line px-3 py-2 text-sm" aria-current={s.status === "current" || s.status === "running" ? "step" : undefined}>
              <span>
                <span className="mr-2 text-ink-3">{i + 1}.</span>
                {t(`step.${s.id}` as "step.verify")}
              </span>
              <span className="flex items-center gap-2">
                {s.at ? <span className="text-xs text-ink-3">{time(s.at)}</span> : null}
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STEP_STYLE[s.status]}`}>{t(`stepStatus.${s.status}`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </Card>

      {view.status === "ACTIVE" && canOperate && (view.allowed.includes("rollback") || view.allowed.includes("revert-to-not-enforced") || view.allowed.includes("cancel")) ? (
        <Card className="space-y-4 p-6">
          {view.allowed.includes("rollback") ? (
            <div>
              <p className="mb-2 text-sm text-ink-3">{t("run.rollbackHint")}</p>
              <ReasonForm label={t("run.rollbackReason")} button={t("run.rollback")} variant="danger" busy={pending} onSubmit={(reason) => run(() => rollbackRotationAction({ runId: view.id, reason }))} />
            </div>
          ) : null}
          {view.allowed.includes("revert-to-not-enforced") && view.watchUntil ? (
            <div>
              <p className="mb-2 text-sm text-ink-3">{t("run.watch", { until: time(view.watchUntil) })}</p>
              <ReasonForm label={t("run.revertReason")} button={t("run.revert")} variant="danger" busy={pending} onSubmit={(reason) => run(() => revertRotationAction({ runId: view.id, reason }))} />
            </div>
          ) : null}
          {view.allowed.includes("cancel") ? <ReasonForm label={t("run.cancelReason")} button={t("run.cancel")} busy={pending} onSubmit={(reason) => run(() => cancelRotationAction({ runId: view.id, reason }))} /> : null}
        </Card>
      ) : null}

      <Card className="overflow-x-auto p-6" tabIndex={0}>
        <h2 className="text-lg font-semibold">{t("run.events")}</h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-xs uppercase text-ink-3">
            <tr><th scope="col" className="py-1 pr-3">{t("run.when")}</th><th scope="col" className="py-1 pr-3">{t("run.event")}</th><th scope="col" className="py-1 pr-3">{t("run.stepsTitle")}</th><th scope="col" className="py-1 pr-3">{t("run.who")}</th><th scope="col" className="py-1">{t("run.key")}</th></tr>
          </thead>
          <tbody className="divide-y divide-line">
            {[...view.events].reverse().map((e) => (
              <tr key={e.id}><td className="py-1 pr-3 whitespace-nowrap">{time(e.at)}</td><td className="py-1 pr-3">{e.type}</td><td className="py-1 pr-3">{e.step}</td><td className="py-1 pr-3">{e.actor ?? "system"}</td><td className="py-1 text-xs text-ink-3 break-all">{e.key ?? "—"}</td></tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
