import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { deviceSummary } from "@/lib/services/devices/summary";
import { listTenants } from "@/lib/services/tenants/list";

export default async function DevicesPage() {
  const [t, tc, format] = await Promise.all([getTranslations("pages"), getTranslations("common"), getFormatter()]);
  const ctx = await getRequestContext();
  const [rows, tenants] = await Promise.all([deviceSummary({ ctx }), listTenants({ ctx })]);
  const names = new Map(tenants.map((x) => [x.id, x.name]));
  return (
    <>
      <PageHeader title={t("devices.title")} description={t("devices.description")} />
      <SimpleTable
        headers={[t("overview.tenant"), t("devices.os"), t("devices.classification"), t("devices.count")]}
        empty={t("devices.none")}
        rows={rows.map((r) => [names.get(r.tenantId) ?? r.tenantId, tc(`os.${r.os}`), tc(`classification.${r.classification}`), format.number(r._count._all)])}
      />
    </>
  );
}
