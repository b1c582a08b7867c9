import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StateBadge } from "@/components/ui/state-badge";
import { getRequestContext } from "@/lib/server/request-context";
import { listTenants } from "@/lib/services/tenants/list";

export default async function OverviewPage() {
  const [t, format] = await Promise.all([getTranslations("pages.overview"), getFormatter()]);
  const tenants = await listTenants({ ctx: await getRequestContext() });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {tenants.length === 0 ? (
          <p className="p-6 text-sm text-ink-3">{t("none")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line text-xs uppercase tracking-wide text-ink-3">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">{t("tenant")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("region")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("state")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("nextExpiry")}</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">{t("devices")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {tenants.map((tenant) => {
                const next = tenant.tokens.find((tok) => tok.expiresAt)?.expiresAt;
                return (
                  <tr key={tenant.id}>
                    <td className="px-4 py-3">
                      <div className="font-medium">{tenant.name}</div>
                      <div className="text-xs text-ink-3">{tenant.slug}{tenant.multiToken ? ` · ${t("multiToken")}` : ""}</div>
                    </td>
                    <td className="px-4 py-3 text-ink-2">{tenant.region ?? "—"}</td>
                    <td className="px-4 py-3"><StateBadge state={tenant.seState} /></td>
                    <td className="px-4 py-3 tabular-nums text-ink-2">
                      {next ? format.dateTime(next, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone }) : t("noExpiry")}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{format.number(tenant._count.devices)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
