import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommandBuilder } from "@/components/install-command/command-builder";
import { CommandChecker } from "@/components/install-command/command-checker";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tools.installCommand");
  return { title: t("title"), description: t("description") };
}

/** Install-command checker and builder: both run in the browser, nothing pasted or typed is stored. */
export default async function InstallCommandPage() {
  const t = await getTranslations("tools.installCommand");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        <CommandChecker />
        <CommandBuilder />
      </div>
    </>
  );
}
