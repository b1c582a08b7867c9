import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { keyId } from "@/lib/server/crypto";
import { env } from "@/lib/server/env";

export default async function SettingsPage() {
  const t = await getTranslations("pages.settings");
  const e = env();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
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
