import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.error");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-5xl font-semibold text-ink-3">404</p>
      <p className="mt-4 text-ink-2">{t("notFound")}</p>
      {/* A plain link, not next/link: this boundary is part of every page's tree, and next/link here
          would ship a second copy of the link code (another chunk) with every page (issue 6). */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/" className="mt-6 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink">
        {t("home")}
      </a>
    </main>
  );
}
