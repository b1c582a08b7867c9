import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DeleteMdmButton } from "@/components/connections/delete-mdm-button";
import { MdmConnectionForm } from "@/components/connections/mdm-connection-form";
import { StoredTest } from "@/components/connections/stored-test";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { getMdmConnectionOrThrow } from "@/lib/services/connections/list";

export default async function MdmConnectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [c, t] = await Promise.all([orNotFound(getMdmConnectionOrThrow({ ctx, id })), getTranslations("connections")]);
  return (
    <>
      <PageHeader title={c.name} description={t(`kinds.${c.kind}`)} actions={<Link href="/settings/connections" className="text-sm font-medium text-accent hover:underline">{t("back")}</Link>} />
      <SettingsNav />
      {created ? <div className="mb-4"><Notice tone="success">{t("mdm.created")}</Notice></div> : null}
      <div className="max-w-5xl space-y-6">
        {/* No key from the row: a save or a kept test re-renders the page, and the form must keep its result on screen. */}
        <MdmConnectionForm
          initial={{ id: c.id, kind: c.kind, name: c.name, baseUrl: c.baseUrl, authorityUrl: c.authorityUrl ?? "", directoryId: c.directoryId ?? "", clientId: c.clientId, secretHint: c.secretHint }}
        />
        <div className="space-y-6">
          <StoredTest report={c.lastTest} />
          <Card className="p-6">
            <h2 className="text-lg font-semibold">{t("mdm.deleteTitle")}</h2>
            <div className="mt-3">
              <DeleteMdmButton id={c.id} name={c.name} targets={c.targets} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
