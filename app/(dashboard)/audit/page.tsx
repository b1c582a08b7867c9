import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { systemContext } from "@/lib/server/context";
import { listAuditEvents } from "@/lib/services/audit/list";

export default async function AuditPage() {
  const [t, format] = await Promise.all([getTranslations("pages.audit"), getFormatter()]);
  const events = await listAuditEvents({ ctx: systemContext() });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SimpleTable
        headers={[t("when"), t("actor"), t("action"), t("target"), t("outcome")]}
        empty={t("none")}
        rows={events.map((e) => [
          format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" }),
          e.actorLabel,
          e.action,
          [e.targetType, e.targetId].filter(Boolean).join(" "),
          e.outcome,
        ])}
      />
    </>
  );
}
