import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { MdmConnectionForm } from "@/components/connections/mdm-connection-form";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext } from "@/lib/server/request-context";
import { INTUNE_DEFAULTS } from "@/lib/services/connections/inputs";

export default async function NewMdmConnectionPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await getRequestContext({ role: "ADMIN" });
  const { kind: raw } = await searchParams;
  const kind = raw === "INTUNE" ? "INTUNE" : "JAMF";
  const t = await getTranslations("connections");
  return (
    <>
      <PageHeader title={kind === "INTUNE" ? t("mdm.addIntune") : t("mdm.addJamf")} description={t("mdm.newDescription")} actions={<Link href="/settings/connections" className="text-sm font-medium text-accent hover:underline">{t("back")}</Link>} />
      <SettingsNav />
      <div className="max-w-5xl">
        <MdmConnectionForm
          initial={{ kind, name: "", baseUrl: kind === "INTUNE" ? INTUNE_DEFAULTS.baseUrl : "", authorityUrl: INTUNE_DEFAULTS.authorityUrl, directoryId: "", clientId: "", secretHint: null }}
        />
      </div>
    </>
  );
}
