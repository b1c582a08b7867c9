import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryStatusBadge } from "@/components/notifications/badges";
import { ChannelsPanel } from "@/components/notifications/channels-panel";
import { RetryDeliveryButton } from "@/components/notifications/retry-delivery-button";
import { ScanNowButton } from "@/components/notifications/scan-now-button";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { listChannels } from "@/lib/services/notifications/channels";
import { notificationSettings, smtpHost } from "@/lib/services/notifications/config";
import { listDeliveries } from "@/lib/services/notifications/deliveries";
import { listTenants } from "@/lib/services/tenants/list";

export default async function NotificationSettingsPage() {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const [t, format, channels, deliveries, tenants, settings] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    listChannels({ ctx }),
    listDeliveries({ ctx }),
    listTenants({ ctx }),
    notificationSettings(ctx.db),
  ]);
  const smtp = smtpHost();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} actions={<ScanNowButton />} />
      <SettingsNav />
      <div className="space-y-8">
        <div className="grid gap-2 md:grid-cols-2">
          <Notice tone={smtp || !channels.some((c) => c.kind === "EMAIL") ? "info" : "error"}>{smtp ? t("settings.smtpOk", { host: smtp }) : t("settings.smtpMissing")}</Notice>
          <Notice tone="info">{t("settings.escalationDelay", { hours: settings.escalationDelayHours })}</Notice>
        </div>
        <ChannelsPanel channels={channels} tenants={tenants.map((tn) => ({ id: tn.id, name: tn.name }))} />
        <section className="space-y-3" aria-labelledby="delivery-log">
          <div>
            <h2 id="delivery-log" className="text-lg font-semibold">
              {t("settings.log")}
            </h2>
            <p className="text-sm text-ink-3">{t("settings.logDescription")}</p>
          </div>
          <SimpleTable
            headers={[`${t("settings.time")} (UTC)`, t("settings.channel"), t("settings.alert"), t("settings.purposeLabel"), t("settings.statusLabel"), t("settings.attempts"), t("settings.lastError"), t("settings.actions")]}
            empty={t("settings.logNone")}
            rows={deliveries.map((d) => [
              <span key="t" className="whitespace-nowrap">{when(d.sentAt ?? d.createdAt)}</span>,
              <span key="c">
                <span className="font-medium text-ink">{d.channelName}</span>
                <span className="block text-xs text-ink-3">{t(`kind.${d.channelKind}`)}</span>
              </span>,
              d.alert ? t("settings.alertSummary", { tenant: d.alert.tenantName, kind: t(`tokenKind.${d.alert.tokenKind}`), level: t(`level.${d.alert.level}`) }) : t("settings.testDelivery"),
              t.has(`purpose.${d.purpose}`) ? t(`purpose.${d.purpose}` as "purpose.alert") : d.purpose,
              <DeliveryStatusBadge key="s" status={d.status} label={t(`status.${d.status}`)} />,
              d.attempts,
              d.lastError ? <span key="e" className="block max-w-xs break-words text-xs">{d.lastError}</span> : "—",
              d.status === "FAILED" ? <RetryDeliveryButton key="r" id={d.id} /> : "",
            ])}
          />
        </section>
      </div>
    </>
  );
}
