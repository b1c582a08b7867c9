import { getTranslations } from "next-intl/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { keyId } from "@/lib/server/crypto";
import { env } from "@/lib/server/env";
import { getRequestContext } from "@/lib/server/request-context";

export default async function SettingsPage() {
  await getRequestContext({ role: "ADMIN" });
  const t = await getTranslations("pages.settings");
  const e = env();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav />
      <Card className="p-6">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-3 text-sm">
          <dt className="text-ink-3">{t("database")}</dt>
          <dd>{e.EMBEDDED_DATABASE ? t("embedded") : t("postgres")}</dd>
          <dt className="text-ink-3">{t("encryptionKey")}</dt>
          <dd className="font-mono">{keyId()}</dd>
        </dl>
      </Card>
    </>
  );
}
