import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { WhatIfForm } from "@/components/what-if/what-if-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tools.whatIf");
  return { title: t("title"), description: t("description") };
}

/** The what-if simulator: the engine runs in the browser, so the page needs no data. */
export default async function WhatIfPage() {
  const t = await getTranslations("tools.whatIf");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <WhatIfForm />
    </>
  );
}
