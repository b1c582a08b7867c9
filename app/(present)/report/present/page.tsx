import { getTranslations } from "next-intl/server";
import { Presenter } from "@/components/report/presenter";
import { reviewView } from "@/components/report/view-model";
import { getRequestContext } from "@/lib/server/request-context";
import { getExpiryReview } from "@/lib/services/report/expiry-review";

export async function generateMetadata() {
  return { title: (await getTranslations("report"))("present.title") };
}

/** The expiry review, one tenant at a time, in large type (keyboard: ← → Page Up/Down, Esc). */
export default async function PresentPage() {
  const ctx = await getRequestContext();
  const tenants = await reviewView(await getExpiryReview({ ctx }));
  return <Presenter tenants={tenants} />;
}
