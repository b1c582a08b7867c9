import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/rotations/print-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getEvidencePack } from "@/lib/services/rotations/evidence";

const utc = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 19)} UTC` : "—");
const short = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v));

export default async function EvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  const t = await getTranslations("rotations");
  const pack = await orNotFound(getEvidencePack({ ctx, input: { runId: id } }));
  return (
    <>
      <PageHeader
        title={t("evidence.title", { plan: t(`plan.${pack.run.plan}`), tenant: pack.tenant.name })}
        description={t("evidence.description")}
        actions={
          <>
            <PrintButton />
            <a href={`/api/rotations/${pack.run.id}/evidence`} className="inline-flex items-center rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-ink print:hidden" download>
              {t("evidence.export")}
            </a>
          </>
        }
      />
      <p className="mb-4 text-xs text-ink-3">{t("evidence.times")}</p>
      <Card className="mb-6 p-6">
        <h2 className="text-lg font-semibold">{t("evidence.summary")}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm md:grid-cols-[12rem_1fr]">
          <dt className="text-ink-3">{t("evidence.status")}</dt>
          <dd>{t(`run.statusLine.${pack.run.status}`)}</dd>
          <dt className="text-ink-3">{t("evidence.startedBy")}</dt>
          <dd>{pack.run.startedBy}</dd>
          <dt className="text-ink-3">{t("evidence.started")}</dt>
          <dd>{utc(pack.run.startedAt)}</dd>
          <dt className="text-ink-3">{t("evidence.finished")}</dt>
          <dd>{utc(pack.run.finishedAt)}</dd>
          <dt className="text-ink-3">{t("evidence.override")}</dt>
          <dd>{pack.run.overrideReason ?? t("evidence.none")}</dd>
          {pack.newToken ? (
            <>
              <dt className="text-ink-3">{t("run.stepsTitle")}</dt>
              <dd>{t("run.newToken", { fingerprint: pack.newToken.fingerprint.slice(0, 8), expires: utc(pack.newToken.expiresAt) })}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <h2 className="mb-2 text-lg font-semibold">{t("evidence.steps")}</h2>
      <SimpleTable
        headers={[t("run.stepsTitle"), t("evidence.by"), t("evidence.at"), t("evidence.detail")]}
        empty={t("evidence.none")}
        rows={pack.steps.map((s) => [t(`step.${s.step}`), s.by, utc(s.at), <code key="d" className="text-xs break-all">{short(s.evidence ?? s.result ?? s.skipReason)}</code>])}
      />
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("evidence.approvals")}</h2>
      <SimpleTable headers={[t("evidence.gate"), t("evidence.by"), t("evidence.at"), t("evidence.detail")]} empty={t("evidence.none")} rows={pack.approvals.map((a) => [a.gate, a.by, utc(a.at), a.comment ?? "—"])} />
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("evidence.verification")}</h2>
      <SimpleTable headers={[t("evidence.at"), t("evidence.status"), t("evidence.detail")]} empty={t("evidence.none")} rows={pack.verification.map((v) => [utc(v.at), v.result, <code key="d" className="text-xs break-all">{short(v.detail)}</code>])} />
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("evidence.calls")}</h2>
      <SimpleTable
        headers={[t("evidence.at"), t("run.stepsTitle"), t("run.event"), t("run.key"), t("evidence.requestId"), t("evidence.detail")]}
        empty={t("evidence.none")}
        rows={pack.vendorCalls.map((c) => [utc(c.at), c.step, c.type, <code key="k" className="text-xs break-all">{c.idempotencyKey ?? "—"}</code>, c.vendorRequestId ?? "—", <code key="d" className="text-xs break-all">{short(c.call)}</code>])}
      />
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("evidence.events")}</h2>
      <SimpleTable headers={[t("evidence.at"), t("run.event"), t("run.stepsTitle"), t("run.who")]} empty={t("evidence.none")} rows={pack.events.map((e) => [utc(e.at), e.type, e.step, e.actor])} />
    </>
  );
}
