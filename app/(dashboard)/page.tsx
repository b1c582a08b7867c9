import { getTranslations } from "next-intl/server";
import { OverviewLive } from "@/components/overview/overview-live";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext } from "@/lib/server/request-context";
import { getOverview } from "@/lib/services/tenants/overview";

export async function generateMetadata() {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

/** Home: every tenant the person may see, most urgent first; rendered here, then refreshed live in the browser. */
export default async function OverviewPage() {
  const [t, ctx] = await Promise.all([getTranslations("overview"), getRequestContext()]);
  // The view orders the tenants itself (and again as the countdowns tick).
  const overview = await getOverview({ ctx, sorted: false });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <OverviewLive initial={overview} />
    </>
  );
}
