import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { Card } from "@/components/ui/card";
import { countUsers } from "@/lib/services/users/count";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.setup"))("title") };
}

/** First run only: once anyone has an account, this page sends visitors to sign in. */
export default async function SetupPage() {
  if ((await countUsers()) > 0) redirect("/sign-in");
  const t = await getTranslations("auth.setup");
  return (
    <Card className="p-6 md:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-ink-3">{t("description")}</p>
      <SetupForm />
    </Card>
  );
}
