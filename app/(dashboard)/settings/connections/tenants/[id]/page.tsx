import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { StoredTest } from "@/components/connections/stored-test";
import { TenantApiForm } from "@/components/connections/tenant-api-form";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getTenantConnectionOrThrow } from "@/lib/services/connections/list";

export default async function TenantConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const { id } = await params;
  const [tenant, t] = await Promise.all([orNotFound(getTenantConnectionOrThrow({ ctx, tenantId: id })), getTranslations("connections")]);
  return (
    <>
      <PageHeader title={t("tenant.title", { name: tenant.name })} description={t("tenant.description")} actions={<Link href="/settings/connections" className="text-sm font-medium text-accent hover:underline">{t("back")}</Link>} />
      <SettingsNav />
      <div className="max-w-5xl space-y-6">
        <TenantApiForm tenantId={tenant.id} apiBaseUrl={tenant.apiBaseUrl} tokenHint={tenant.tokenHint} />
        <StoredTest report={tenant.lastTest} />
      </div>
    </>
  );
}
