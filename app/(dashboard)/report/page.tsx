import { Icon } from "@/components/ui/server-icon";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";
import { ReviewTable } from "@/components/report/review-table";
import { reviewView } from "@/components/report/view-model";
import { getRequestContext } from "@/lib/server/request-context";
import { getExpiryReview } from "@/lib/services/report/expiry-review";

export async function generateMetadata() {
  return { title: (await getTranslations("report"))("title") };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<{ present?: string }> }) {
  if ((await searchParams).present === "1") redirect("/report/present");
  const ctx = await getRequestContext();
  const [t, format, review] = await Promise.all([getTranslations("report"), getFormatter(), getExpiryReview({ ctx })]);
  const tenants = await reviewView(review);
  const link = "inline-flex items-center justify-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium text-ink hover:bg-surface-2";
  const tiles = [
    ["tenants", review.totals.tenants, "text-ink"],
    ["expired", review.totals.expired, review.totals.expired ? "text-expired" : "text-ink"],
    ["within30", review.totals.within30, review.totals.within30 ? "text-warning" : "text-ink"],
    ["notEnforced", review.totals.notEnforced, review.totals.notEnforced ? "text-warning" : "text-ink"],
  ] as const;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-ink-3 print:hidden">{t("description")}</p>
          <p className="mt-1 text-sm text-ink-2">{t("generated", { at: format.dateTime(review.generatedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <PrintButton label={t("actions.print")} />
          <a href="/api/report/csv" download className={link}>
            <Icon name="Download" aria-hidden className="size-4" />
            {t("actions.csv")}
          </a>
          <a href="/report/present" className={link}>
            <Icon name="Presentation" aria-hidden className="size-4" />
            {t("actions.present")}
          </a>
        </div>
      </div>
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map(([key, value, tone]) => (
          // A <dl> may only hold <div> groups: the tile is a div styled like a card.
          <div key={key} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <dt className="text-xs font-medium uppercase tracking-wide text-ink-3">{t(`tiles.${key}`)}</dt>
            <dd className={`mt-1 text-3xl font-semibold ${tone}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {tenants.length ? <ReviewTable tenants={tenants} /> : <p className="text-sm text-ink-3">{t("empty")}</p>}
    </>
  );
}
