"use client";
import { ChevronLeft, ChevronRight, X } from "lucide-react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TenantView, TokenView } from "./view-model";

// Duplicated from view-model.ts (a server-only module): the level colours for the big countdowns.
const LEVEL: Record<TokenView["level"], string> = {
  ok: "border-ok/40 bg-ok-soft text-ok",
  notice: "border-notice/40 bg-notice-soft text-notice",
  warning: "border-warning/40 bg-warning-soft text-warning",
  critical: "border-critical/40 bg-critical-soft text-critical",
  expired: "border-expired/40 bg-expired-soft text-expired",
  none: "border-line bg-surface-2 text-ink-3",
};

/** One tenant at a time in large type; ← → / Page Up / Page Down / Home / End move, Esc leaves. */
export function Presenter({ tenants }: { tenants: TenantView[] }) {
  const t = useTranslations("report.present");
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const count = tenants.length;
  const go = useCallback((i: number) => setIndex(Math.max(0, Math.min(count - 1, i))), [count]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") go(index + 1);
      else if (e.key === "ArrowLeft" || e.key === "PageUp") go(index - 1);
      else if (e.key === "Home") go(0);
      else if (e.key === "End") go(count - 1);
      else if (e.key === "Escape") router.push("/report");
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, count, router]);

  // Move focus to the tenant's name so screen readers announce the new slide.
  useEffect(() => heading.current?.focus(), [index]);

  const x = tenants[index];
  const button = "inline-flex items-center gap-2 rounded-md border border-line bg-surface px-4 py-2 text-base font-medium text-ink hover:bg-surface-2 disabled:opacity-40";
  return (
    <div className="flex min-h-screen flex-col px-6 py-6 md:px-12">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg text-ink-3" data-testid="present-position">
          {t("position", { index: index + 1, count })}
        </p>
        <div className="ml-auto flex gap-2">
          <button type="button" className={button} onClick={() => go(index - 1)} disabled={index === 0}>
            <ChevronLeft aria-hidden className="size-5" />
            {t("previous")}
          </button>
          <button type="button" className={button} onClick={() => go(index + 1)} disabled={index >= count - 1}>
            {t("next")}
            <ChevronRight aria-hidden className="size-5" />
          </button>
          <Link href="/report" className={button}>
            <X aria-hidden className="size-5" />
            {t("exit")}
          </Link>
        </div>
      </div>
      {x ? (
        <section aria-labelledby="present-tenant" className="mt-8 flex-1">
          <h1 id="present-tenant" ref={heading} tabIndex={-1} className="text-5xl font-bold tracking-tight md:text-7xl">
            {x.name}
          </h1>
          <p className="mt-3 text-2xl text-ink-2 md:text-3xl">
            {x.stateLabel} · {x.timeZone}
          </p>
          <h2 className="sr-only">{t("tokens")}</h2>
          <ul className="mt-10 grid gap-6 lg:grid-cols-2">
            {x.tokens.map((k) => (
              <li key={k.id} className={`rounded-xl border-2 p-6 ${LEVEL[k.level]}`}>
                <p className="text-2xl font-semibold text-ink md:text-3xl">{k.label}</p>
                <p className="mt-1 text-lg text-ink-2">{k.detail}</p>
                <p className="mt-4 text-5xl font-bold md:text-6xl" data-testid="present-days">
                  {k.days}
                </p>
                <p className="mt-2 text-xl text-ink-2">{k.expires}</p>
              </li>
            ))}
          </ul>
          <div className="mt-10 grid gap-6 text-2xl md:grid-cols-2 md:text-3xl">
            <div>
              <h2 className="text-lg font-semibold uppercase tracking-wide text-ink-3">{t("readinessTitle")}</h2>
              <ul className="mt-2 text-ink">
                {x.readiness.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
            <div className="space-y-2 text-ink">
              <p>{t("rotation", { rotation: x.rotation })}</p>
              <p>{t("owner", { owner: x.owner })}</p>
            </div>
          </div>
        </section>
      ) : null}
      <p className="mt-8 text-base text-ink-3">{t("hint")}</p>
    </div>
  );
}
