"use client";
// Generic error page: it shows a reference (Next's digest, which the server log carries), never the error.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-ink-2">{t("body", { ref: error.digest ?? "—" })}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink">
        {t("retry")}
      </button>
    </main>
  );
}
