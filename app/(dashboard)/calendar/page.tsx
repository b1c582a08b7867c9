import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { listTenants } from "@/lib/services/tenants/list";

export default async function CalendarPage() {
  const [t, tc, format] = await Promise.all([getTranslations("pages"), getTranslations("common"), getFormatter()]);
  const tenants = await listTenants({ ctx: await getRequestContext() });
  const expiries = tenants
    .flatMap((x) => x.tokens.flatMap((tok) => (tok.expiresAt ? [{ tenant: x, kind: tok.kind, at: tok.expiresAt }] : [])))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <>
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      <SimpleTable
        headers={[t("calendar.when"), t("overview.tenant"), t("calendar.token")]}
        empty={t("calendar.none")}
        rows={expiries.map((e) => [format.dateTime(e.at, { dateStyle: "full", timeZone: e.tenant.timeZone }), e.tenant.name, tc(`tokenKind.${e.kind}`)])}
      />
    </>
  );
}
