import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getRequestContext } from "@/lib/server/request-context";
import { listRotationRuns } from "@/lib/services/rotations/list";

export default async function RotationsPage() {
  const [t, tc, format] = await Promise.all([getTranslations("pages"), getTranslations("common"), getFormatter()]);
  const runs = await listRotationRuns({ ctx: await getRequestContext() });
  return (
    <>
      <PageHeader title={t("rotations.title")} description={t("rotations.description")} />
      <SimpleTable
        headers={[t("overview.tenant"), t("rotations.plan"), t("rotations.status"), t("rotations.step"), t("rotations.started")]}
        empty={t("rotations.none")}
        rows={runs.map((r) => [
          <Link key="l" href={`/rotations/${r.id}`} className="font-medium text-accent underline">
            {r.tenant.name}
          </Link>, tc(`plan.${r.plan}`), tc(`runStatus.${r.status}`), r.step, format.dateTime(r.startedAt, { dateStyle: "medium", timeStyle: "short" })])}
      />
    </>
  );
}
