import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

const input = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink";
const label = "block text-xs font-medium text-ink-2";

/** The audit filters as a plain GET form: works without JavaScript and keeps the URL shareable. */
export async function AuditFilters({
  filter,
  actions,
  tenants,
  exportHref,
}: {
  filter: { actor?: string; action?: string; tenant?: string; from?: string; to?: string; outcome?: string };
  actions: string[];
  tenants: { id: string; name: string }[];
  exportHref: string;
}) {
  const t = await getTranslations("admin.audit");
  return (
    <Card className="mb-6 p-4">
      <form method="get" action="/audit" aria-label={t("filters")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        <label className={label}>
          {t("actor")}
          <input name="actor" defaultValue={filter.actor ?? ""} placeholder={t("actorPlaceholder")} className={input} />
        </label>
        <label className={label}>
          {t("action")}
          <select name="action" defaultValue={filter.action ?? ""} className={input}>
            <option value="">{t("anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("tenant")}
          <select name="tenant" defaultValue={filter.tenant ?? ""} className={input}>
            <option value="">{t("anyTenant")}</option>
            {tenants.map((x) => (
              <option key={x.id} value={x.id}>{x.name}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("outcome")}
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={input}>
            <option value="">{t("anyOutcome")}</option>
            {(["success", "failure", "denied"] as const).map((o) => (
              <option key={o} value={o}>{t(`outcomes.${o}`)}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          {t("from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={input} />
        </label>
        <label className={label}>
          {t("to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={input} />
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">{t("apply")}</button>
          <Link href="/audit" className="rounded-md border border-line px-3 py-1.5 text-sm text-ink-2 hover:text-ink">{t("reset")}</Link>
          <a href={exportHref} className="ml-auto rounded-md border border-line px-3 py-1.5 text-sm text-ink-2 hover:text-ink" download>
            {t("export")}
          </a>
        </div>
      </form>
    </Card>
  );
}
