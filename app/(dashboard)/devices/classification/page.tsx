import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { classificationRule } from "@/lib/domain/classification-rule";
import { getRequestContext } from "@/lib/server/request-context";

type Search = Record<string, string | string[] | undefined>;

export default async function ClassificationRulePage({ searchParams }: { searchParams: Promise<Search> }) {
  await getRequestContext();
  const params = await searchParams;
  const encryption = params.encryption === "1";
  const rule = classificationRule({ encryptionToken: encryption });
  const t = await getTranslations("devices");
  const label = rule.classification.name;
  return (
    <>
      <p className="mb-2 text-sm"><Link className="text-accent hover:underline" href="/devices">← {t("detail.back")}</Link></p>
      <PageHeader title={t("rule.title")} description={t("rule.description")} />
      <div className="mb-4">
        <Notice tone="error">
          <strong className="block">{t("rule.caveatTitle")}</strong>
          {t("rule.caveat")}
        </Notice>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="p-4">
          <h2 className="mb-3 font-semibold">{t("rule.steps")}</h2>
          <ol className="grid list-decimal gap-3 pl-5 text-sm">
            {rule.consoleSteps.map((s) => (
              <li key={s.id}>
                <p className="font-mono text-xs text-ink-3">{["Netskope Tenant UI", ...s.path].join(" › ")}</p>
                <p className="mt-1">{t(`rule.step.${s.id}`, { label })}</p>
              </li>
            ))}
          </ol>
        </Card>
        <Card className="p-4">
          <h2 className="mb-1 font-semibold">{t("rule.windows")}</h2>
          <p className="mb-3 text-sm text-ink-3">{t("rule.label")}: <code className="font-mono">{label}</code> · {t("rule.match")}</p>
          <table className="w-full text-left text-sm">
            <thead className="text-ink-3">
              <tr><th scope="col" className="py-1 font-medium">{t("rule.registryKey")}</th><th scope="col" className="py-1 font-medium">{t("rule.valueName")}</th><th scope="col" className="py-1 font-medium">{t("rule.valueType")}</th><th scope="col" className="py-1 font-medium">{t("rule.check")}</th></tr>
            </thead>
            <tbody>
              {rule.windows.checks.map((c) => (
                <tr key={c.value} className="border-t border-line">
                  <td className="py-1.5 pr-3 font-mono text-xs break-all">{c.key}</td>
                  <td className="py-1.5 pr-3 font-mono text-xs" data-testid="registry-value">{c.value}</td>
                  <td className="py-1.5 pr-3 font-mono text-xs">{c.type}</td>
                  <td className="py-1.5">{t("rule.exists")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm">
            <Link className="text-accent hover:underline" href={encryption ? "/devices/classification" : "/devices/classification?encryption=1"} aria-pressed={encryption} role="button">
              {encryption ? "☑" : "☐"} {t("rule.encryption")}
            </Link>
          </p>
          <p className="mt-3 text-xs text-ink-3">{t("rule.why")}</p>
          <h2 className="mt-5 mb-1 font-semibold">{t("rule.macos")}</h2>
          <p className="text-sm text-ink-2">{t("rule.macosBody", { items: rule.macos.keychainItems.join(", ") })}</p>
        </Card>
      </div>
    </>
  );
}
