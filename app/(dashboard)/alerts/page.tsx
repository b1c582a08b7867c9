import { getFormatter, getTranslations } from "next-intl/server";
import { AlertActions } from "@/components/notifications/alert-actions";
import { LevelBadge } from "@/components/notifications/badges";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { computeCountdown } from "@/lib/domain/countdown";
import { getRequestContext } from "@/lib/server/request-context";
import { listOpenAlerts } from "@/lib/services/notifications/alerts";

export default async function AlertsPage() {
  const ctx = await getRequestContext();
  const [t, format, alerts] = await Promise.all([getTranslations("notifications"), getFormatter(), listOpenAlerts({ ctx })]);
  const now = new Date();
  const at = (d: Date, timeZone: string) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone });
  const open = alerts.filter((a) => !a.acknowledgedAt);
  const anyActionable = alerts.some((a) => a.canAct);
  return (
    <>
      <PageHeader title={t("alerts.title")} description={t("alerts.description")} />
      <div className="space-y-4">
        {alerts.length > 0 ? (
          <p className="text-sm text-ink-2">{t("alerts.summary", { open: open.length, critical: open.filter((a) => a.level === "CRITICAL" || a.level === "EXPIRED").length })}</p>
        ) : null}
        {alerts.length > 0 && !anyActionable ? <Notice tone="info">{t("alerts.viewerNote")}</Notice> : null}
        <SimpleTable
          headers={[t("alerts.tenant"), t("alerts.token"), t("alerts.level"), t("alerts.timeLeft"), t("alerts.raised"), t("alerts.state"), ...(anyActionable ? [t("alerts.actions")] : [])]}
          empty={t("alerts.none")}
          rows={alerts.map((a) => {
            const c = a.expiresAt ? computeCountdown({ expiresAt: a.expiresAt, now, timeZone: a.timeZone }) : null;
            const kind = t(`tokenKind.${a.tokenKind}`);
            const state = a.acknowledgedAt
              ? t("alerts.stateAcknowledged", { name: a.acknowledgedBy ?? "—", date: at(a.acknowledgedAt, a.timeZone) })
              : a.snoozedUntil && a.snoozedUntil > now
                ? t("alerts.stateSnoozed", { date: `${at(a.snoozedUntil, a.timeZone)} (${a.timeZone})` })
                : a.escalatedAt
                  ? t("alerts.stateEscalated", { date: at(a.escalatedAt, a.timeZone) })
                  : t("alerts.stateOpen");
            return [
              <span key="n" className="font-medium text-ink">{a.tenantName}</span>,
              <span key="k">
                {kind}
                <span className="block font-mono text-xs text-ink-3">{t("alerts.fingerprint", { fp: a.fingerprint })}</span>
              </span>,
              <span key="l" className="flex flex-col items-start gap-1">
                <LevelBadge level={a.level} label={t(`level.${a.level}`)} />
                <span className="text-xs text-ink-3">{t("alerts.threshold")}: {t("alerts.thresholdDays", { days: a.thresholdDays })}</span>
              </span>,
              <span key="c" className="whitespace-nowrap">
                <span className={`font-semibold tabular-nums ${c?.expired ? "text-critical" : "text-ink"}`}>{c ? (c.expired ? t("alerts.expired") : t("alerts.timeLeftValue", { days: c.days, hours: c.hours })) : "—"}</span>
                {a.expiresAt ? <span className="block text-xs text-ink-3">{t("alerts.expiresLocal", { date: at(a.expiresAt, a.timeZone), zone: a.timeZone })}</span> : null}
              </span>,
              <span key="r" className="whitespace-nowrap">{at(a.createdAt, a.timeZone)}</span>,
              state,
              ...(anyActionable
                ? [a.canAct ? <AlertActions key="a" tenantId={a.tenantId} alertId={a.id} acknowledged={Boolean(a.acknowledgedAt)} label={{ tenant: a.tenantName, kind }} /> : ""]
                : []),
            ];
          })}
        />
      </div>
    </>
  );
}
