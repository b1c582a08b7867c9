import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StartRunForm } from "@/components/rotations/start-run-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { StateBadge } from "@/components/ui/state-badge";
import { getRequestContext } from "@/lib/server/request-context";
import { dryRunCalls } from "@/lib/services/rotations/dry-run";
import { getPreflight } from "@/lib/services/rotations/preflight";

export default async function NewRotationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const tenantId = (await searchParams).tenant;
  if (typeof tenantId !== "string" || !tenantId) notFound();
  const ctx = await getRequestContext();
  const [t, format] = await Promise.all([getTranslations("rotations"), getFormatter()]);
  const pre = await getPreflight({ ctx, input: { tenantId } });
  const calls = await dryRunCalls({ ctx, input: { tenantId, plan: pre.recommended } });
  const readiness = pre.readiness[pre.recommended];
  return (
    <>
      <PageHeader title={t("new.title", { tenant: pre.tenant.name })} description={t("new.description")} actions={<StateBadge state={pre.tenant.seState as "ENFORCED"} />} />
      {pre.activeRunId ? (
        <div className="mb-6">
          <Notice tone="info">
            {t("new.activeRun")}{" "}
            <Link className="font-medium text-accent underline" href={`/rotations/${pre.activeRunId}`}>
              {t("new.openActive")}
            </Link>
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
        <Card className="p-6">
          <h2 className="text-lg font-semibold">
            {t("new.recommended")}: {t(`plan.${pre.recommended}`)}
          </h2>
          <h3 className="mt-4 text-sm font-medium text-ink-2">{t("new.why")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink-2">
            {pre.reasons.map((r) => (
              <li key={r}>{t(`new.reason.${r}`, { count: pre.oldClients.length })}</li>
            ))}
          </ul>
          {pre.oldClients.length > 0 && pre.recommended !== "enable" ? (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-ink-2">
                {t("new.oldClients")} ({pre.oldClients.length})
              </summary>
              <ul className="mt-2 max-h-40 overflow-y-auto pl-5 text-ink-3" tabIndex={0}>
                {pre.oldClients.map((c) => (
                  <li key={c.hostname}>
                    {c.hostname} — {c.clientVersion}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <StartRunForm
            tenantId={pre.tenant.id}
            recommended={pre.recommended}
            blocking={pre.blocking}
            isAdmin={ctx.actor.role === "ADMIN"}
            fourEyes={pre.tenant.fourEyes}
            disabled={!!pre.activeRunId}
          />
        </Card>
        <Card className="p-6">
          <h2 className="text-lg font-semibold">{t("new.preflight")}</h2>
          <h3 className="mt-4 text-sm font-medium text-ink-2">{t("new.readiness")}</h3>
          <p className="mt-1 text-sm">{t("new.readinessLine", { refused: readiness.refused, devices: readiness.devices })}</p>
          {Object.keys(readiness.byStep).length ? (
            <p className="mt-1 text-xs text-ink-3">
              {t("new.byStep")}: {Object.entries(readiness.byStep).map(([s, n]) => `${s} ${n}`).join(", ")}
            </p>
          ) : null}
          <p className="mt-3 text-sm">{pre.blackout ? t("new.blackout", { reason: pre.blackout.reason }) : t("new.noBlackout")}</p>
          <p className="mt-1 text-sm">
            {pre.expiry.expiresAt ? t("new.expiry", { date: format.dateTime(new Date(pre.expiry.expiresAt), { dateStyle: "medium", timeZone: pre.tenant.timeZone }), days: pre.expiry.daysLeft ?? 0 }) : t("new.noExpiry")}
          </p>
          <h3 className="mt-4 text-sm font-medium text-ink-2">{t("new.targets")}</h3>
          {pre.targets.length === 0 ? (
            <p className="text-sm text-ink-3">{t("new.noTargets")}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {pre.targets.map((x) => (
                <li key={x.id}>
                  <span className="font-medium">{x.name}</span> <span className="text-ink-3">({x.kind}, {x.drift})</span> —{" "}
                  {x.lint.length ? x.lint.map((l) => `${l.severity}: ${l.code}`).join(", ") : t("new.lintOk")}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <section className="mt-6" aria-labelledby="dry-run">
        <h2 id="dry-run" className="mb-1 text-lg font-semibold">
          {t("new.dryRun")} — {t(`plan.${pre.recommended}`)}
        </h2>
        <p className="mb-3 text-sm text-ink-3">{t("new.dryRunHint")}</p>
        <SimpleTable
          headers={[t("run.stepsTitle"), t("new.call"), t("new.dryRunBody")]}
          empty="—"
          rows={calls.map((c) => [t(`step.${c.step}` as "step.verify"), <code key="c" className="text-xs">{`${c.vendor.toUpperCase()} ${c.method} ${c.path}`}</code>, <code key="b" className="text-xs break-all">{c.body ?? "—"}</code>])}
        />
      </section>
    </>
  );
}
