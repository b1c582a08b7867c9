import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/devices/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext } from "@/lib/server/request-context";
import { listTenants } from "@/lib/services/tenants/list";

type Search = Record<string, string | string[] | undefined>;

export default async function DeviceImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await getRequestContext({ role: "OPERATOR" });
  const params = await searchParams;
  const [t, tenants] = await Promise.all([getTranslations("devices"), listTenants({ ctx })]);
  const wanted = typeof params.tenantId === "string" ? params.tenantId : null;
  return (
    <>
      <p className="mb-2 text-sm"><Link className="text-accent hover:underline" href="/devices">← {t("detail.back")}</Link></p>
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <ImportForm tenants={tenants.map((x) => ({ id: x.id, name: x.name }))} initialTenantId={tenants.some((x) => x.id === wanted) ? wanted : null} />
    </>
  );
}
