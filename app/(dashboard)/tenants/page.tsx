import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { StateBadge } from "@/components/ui/state-badge";
import { getRequestContext } from "@/lib/server/request-context";
import { listTenants } from "@/lib/services/tenants/list";

export default async function TenantsPage() {
  const t = await getTranslations("pages");
  const tenants = await listTenants({ ctx: await getRequestContext() });
  return (
    <>
      <PageHeader title={t("tenants.title")} description={t("tenants.description")} />
      <SimpleTable
        headers={[t("overview.tenant"), t("tenants.slug"), t("overview.region"), t("tenants.timeZone"), t("overview.state")]}
        empty={t("overview.none")}
        rows={tenants.map((x) => [
          <Link key="n" href={`/tenants/${x.id}`} className="font-medium text-ink hover:underline">
            {x.name}
          </Link>, x.slug, x.region ?? "—", x.timeZone, <StateBadge key="s" state={x.seState} />])}
      />
    </>
  );
}
