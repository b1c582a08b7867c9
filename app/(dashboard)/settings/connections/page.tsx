import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LastTest } from "@/components/connections/last-test";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { listMdmConnections, listTenantConnections } from "@/lib/services/connections/list";

const link = "whitespace-nowrap font-medium text-accent hover:underline";

export default async function ConnectionsPage() {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const [t, format, tenants, mdm] = await Promise.all([getTranslations("connections"), getFormatter(), listTenantConnections({ ctx }), listMdmConnections({ ctx })]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" }) : null);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav />
      <div className="space-y-8">
        <section aria-labelledby="netskope-heading" className="space-y-3">
          <h2 id="netskope-heading" className="text-lg font-semibold">{t("tenants.heading")}</h2>
          <p className="text-sm text-ink-3">{t("tenants.intro")}</p>
          <SimpleTable
            headers={[t("tenants.tenant"), t("tenants.apiBaseUrl"), t("tenants.token"), t("lastTest"), ""]}
            empty={t("tenants.none")}
            rows={tenants.map((x) => [
              <span key="n" className="font-medium text-ink">{x.name}</span>,
              <code key="u" className="break-all font-mono text-xs">{x.apiBaseUrl}</code>,
              x.tokenHint ? <span key="h">{t("tokenSet")} · <code className="font-mono text-xs">{x.tokenHint}</code></span> : <span key="h" className="text-warning">{t("tokenMissing")}</span>,
              <LastTest key="l" report={x.lastTest} at={when(x.lastTestedAt)} />,
              <Link key="e" href={`/settings/connections/tenants/${encodeURIComponent(x.id)}`} className={link} aria-label={t("tenants.editNamed", { name: x.name })}>{t("edit")}</Link>,
            ])}
          />
        </section>
        <section aria-labelledby="mdm-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="mdm-heading" className="text-lg font-semibold">{t("mdm.heading")}</h2>
              <p className="text-sm text-ink-3">{t("mdm.intro")}</p>
            </div>
            <div className="flex gap-2">
              <Link href="/settings/connections/mdm/new?kind=INTUNE" className="rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-surface-2">{t("mdm.addIntune")}</Link>
              <Link href="/settings/connections/mdm/new?kind=JAMF" className="rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-surface-2">{t("mdm.addJamf")}</Link>
            </div>
          </div>
          <SimpleTable
            headers={[t("mdm.name"), t("mdm.kind"), t("mdm.baseUrl"), t("mdm.clientId"), t("mdm.secret"), t("mdm.targets"), t("lastTest"), ""]}
            empty={t("mdm.none")}
            rows={mdm.map((c) => [
              <span key="n" className="font-medium text-ink">{c.name}</span>,
              t(`kinds.${c.kind}`),
              <code key="u" className="break-all font-mono text-xs">{c.baseUrl}</code>,
              <code key="c" className="break-all font-mono text-xs">{c.clientId}</code>,
              c.secretHint ? <code key="s" className="font-mono text-xs">{c.secretHint}</code> : "—",
              String(c.targets),
              <LastTest key="l" report={c.lastTest} at={when(c.lastTestedAt)} />,
              <Link key="e" href={`/settings/connections/mdm/${encodeURIComponent(c.id)}`} className={link} aria-label={t("mdm.editNamed", { name: c.name })}>{t("edit")}</Link>,
            ])}
          />
        </section>
      </div>
    </>
  );
}
