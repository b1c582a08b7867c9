import { getFormatter, getTranslations } from "next-intl/server";
import { AddApiKeyForm } from "@/components/api-keys/add-api-key-form";
import { RevokeApiKeyButton } from "@/components/api-keys/revoke-api-key-button";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { listApiKeys } from "@/lib/services/api-keys/list";

export default async function ApiKeysPage() {
  const ctx = await getRequestContext({ role: "ADMIN" });
  const [t, format, keys] = await Promise.all([getTranslations("admin.apiKeys"), getFormatter(), listApiKeys({ ctx })]);
  const now = new Date();
  const when = (d: Date | null, none: string) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : none);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav />
      <div className="space-y-6">
        <SimpleTable
          headers={[t("name"), t("prefix"), t("scope"), t("createdBy"), t("expires"), t("lastUsed"), t("status"), ""]}
          empty={t("none")}
          rows={keys.map((k) => {
            const status = k.revokedAt ? "revoked" : k.expiresAt && k.expiresAt <= now ? "expired" : "active";
            return [
              <span key="n" className="font-medium text-ink">{k.name}</span>,
              <code key="p" className="font-mono text-xs">{k.prefix}…</code>,
              t(`scopes.${k.scope}`),
              k.createdBy.name || k.createdBy.email,
              when(k.expiresAt, t("never")),
              when(k.lastUsedAt, t("notUsed")),
              t(status),
              status === "revoked" ? "" : <RevokeApiKeyButton key="r" id={k.id} name={k.name} />,
            ];
          })}
        />
        <AddApiKeyForm />
      </div>
    </>
  );
}
