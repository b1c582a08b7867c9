import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { ssoConfig } from "@/lib/server/auth";
import { getOptionalSession } from "@/lib/server/request-context";
import { countUsers } from "@/lib/services/users/count";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  if (await getOptionalSession()) redirect(next);
  if ((await countUsers()) === 0) redirect("/setup");
  const t = await getTranslations("auth.signIn");
  const sso = ssoConfig();
  // Only a short machine code from the SSO callback is shown (never free text from the URL).
  const error = typeof params.error === "string" && /^[a-z0-9_]{1,64}$/i.test(params.error) ? params.error : null;
  return (
    <Card className="p-6 md:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-ink-3">{t("description")}</p>
      <SignInForm next={next} sso={sso.enabled ? { name: sso.name, providerId: sso.providerId } : null} ssoError={error} />
    </Card>
  );
}
