"use client";
// The overview, live: the server renders the first view from the overview's data at its `generatedAt`
// (works without JavaScript); then TanStack Query polls /api/overview in the background and the
// countdowns tick every 30 s in the browser. The poller (overview-poller.tsx, with TanStack Query)
// loads right after the first paint, so it is not in the page's first-load JavaScript (issue 6). Only
// the data crosses from server to browser, once: order, countdowns and tiles are derived here, on both
// sides, by the same urgency rules (the page's server time grows with what it serialises).
import Link from "@/components/ui/link";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { useCountdownWords } from "@/components/tokens/countdown-badge";
import { overviewTiles, sortByUrgency, tokenLines } from "@/lib/domain/urgency";
import type { TenantUrgency } from "@/lib/domain/urgency";
import type { Overview, OverviewTenant } from "@/lib/dto/overview";
import { formatDate } from "@/lib/i18n/date-format";
import { remembered } from "@/lib/i18n/remembered";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import type { LiveOverview } from "./overview-poller";
import { useNow } from "./use-now";

const loadPoller = () => import("./overview-poller");

/** The view's icons, created on the server (overview-live.tsx): their data stays out of the view's bundle. */
export type OverviewIcons = Record<"refresh" | "expired" | "expiring" | "notEnforced" | "rotations" | "up" | "down" | "attention", ReactNode>;

/** `initialJson`: the server's Overview as JSON (overview-live.tsx says why a string), read once per mount. */
export function OverviewView({ initialJson, icons }: { initialJson: string; icons: OverviewIcons }) {
  const [initial] = useState(() => JSON.parse(initialJson) as Overview);
  const t = useTranslations("overview");
  const locale = useLocale();
  const timeZone = useTimeZone();
  const poller = useDeferredModule(loadPoller);
  const [query, setQuery] = useState<LiveOverview>(() => ({ data: initial, dataUpdatedAt: Date.parse(initial.generatedAt), isFetching: false, isError: false }));
  const now = useNow(initial.generatedAt);
  const data = query.data;
  const rows = useMemo(() => sortByUrgency(data.tenants, now), [data.tenants, now]);
  const tiles = useMemo(() => overviewTiles(data.tenants, data.tiles.rotationsInProgress, now), [data, now]);
  const words = useRowWords();

  return (
    <>
      {poller ? <poller.OverviewPoller initial={initial} onChange={setQuery} /> : null}
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-ink-3" aria-live="polite">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className={`inline-flex ${query.isFetching ? "animate-spin" : ""}`}>{icons.refresh}</span>
          {t("updated", { time: formatDate(locale, query.dataUpdatedAt || Date.parse(data.generatedAt), { timeStyle: "short", timeZone }) })}
        </span>
        <span>{t("timeZoneNote")}</span>
        {query.isError ? <span className="text-critical">{t("refreshFailed")}</span> : null}
      </div>

      <ul className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t("tiles.label")}>
        <Tile testId="tile-expired" icon={icons.expired} value={tiles.expired} label={t("tiles.expired")} hint={t("tiles.expiredHint")} tone={tiles.expired > 0 ? "expired" : "calm"} />
        <Tile testId="tile-expiring" icon={icons.expiring} value={tiles.expiringSoon} label={t("tiles.expiringSoon")} hint={t("tiles.expiringSoonHint")} tone={tiles.expiringSoon > 0 ? "warning" : "calm"} />
        <Tile testId="tile-not-enforced" icon={icons.notEnforced} value={tiles.notEnforced} label={t("tiles.notEnforced")} hint={t("tiles.notEnforcedHint")} tone={tiles.notEnforced > 0 ? "warning" : "calm"} />
        <Tile testId="tile-rotations" icon={icons.rotations} value={tiles.rotationsInProgress} label={t("tiles.rotations")} hint={t("tiles.rotationsHint")} tone={tiles.rotationsInProgress > 0 ? "accent" : "calm"} />
      </ul>

      <section aria-labelledby="tenants-heading" className="rounded-lg border border-line bg-surface shadow-sm">
        <div className="flex items-baseline justify-between border-b border-line px-4 py-3">
          <h2 id="tenants-heading" className="text-sm font-semibold text-ink">{t("table.heading")}</h2>
          <span className="text-xs text-ink-3">{t("table.order")}</span>
        </div>
        {rows.length === 0 ? (
          <p className="p-6 text-sm text-ink-3">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="tenants-heading">
            <table className="overview-table w-full text-left text-sm" data-testid="overview-table">
              <thead className="border-b border-line bg-surface-2/60 text-xs uppercase tracking-wide text-ink-3">
                <tr>
                  <th scope="col" className="px-4 py-2.5 font-medium">{t("table.tenant")}</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">{t("table.state")}</th>
                  <th scope="col" className="min-w-72 px-4 py-2.5 font-medium">{t("table.tokens")}</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">{t("table.readiness")}</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">{t("table.nextRotation")}</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">{t("table.attention")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {rows.map(({ tenant, urgency }) => (
                  <TenantRow key={tenant.id} tenant={tenant} urgency={urgency} words={words} locale={locale} icons={icons} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The rows' fixed words, resolved once per render rather than once per row (a table of 50 tenants asks hundreds of times). */
function useRowWords() {
  const t = useTranslations("overview");
  const tc = useTranslations("common.state");
  const locale = useLocale();
  const countdown = useCountdownWords();
  return useMemo(
    () => ({
      /** A row's message with its numbers, remembered across renders (lib/i18n/remembered.ts). */
      say: (key: "readiness.ready" | "readiness.refused" | "readiness.delta" | "alerts" | "drifted", values: Record<string, string | number>) =>
        remembered(`${locale}:overview`, key, values, () => t(key, values)),
      countdown,
      kind: { AUTH: t("kind.AUTH"), ENCRYPTION: t("kind.ENCRYPTION") },
      state: { DISABLED: tc("DISABLED"), NOT_ENFORCED: tc("NOT_ENFORCED"), ENFORCED: tc("ENFORCED") },
      change: { enforce: t("readiness.change.enforce"), "rotate-single-token": t("readiness.change.rotate-single-token"), "rotate-multi-token": t("readiness.change.rotate-multi-token") },
      multiToken: t("multiToken"),
      noTokens: t("noTokens"),
      noExpiry: t("noExpiry"),
      notSynced: t("readiness.notSynced"),
      notPlanned: t("notPlanned"),
      rotationInProgress: t("rotationInProgress"),
      nothingOpen: t("nothingOpen"),
    }),
    [t, tc, locale, countdown],
  );
}

type RowWords = ReturnType<typeof useRowWords>;

/**
 * One tenant: no hooks of its own (the words come resolved), since the overview renders fifty of them
 * on every request. Its cells carry no classes: `.overview-table` in app/globals.css styles them by
 * position and by the row's data-level, the state's data-state and each pill's data-level (issue 6).
 */
function TenantRow({ tenant, urgency, words, locale, icons }: { tenant: OverviewTenant; urgency: TenantUrgency; words: RowWords; locale: string; icons: OverviewIcons }) {
  return (
    <tr data-testid="overview-row" data-tenant={tenant.slug} data-level={urgency.level}>
      <th scope="row">
        <Link href={`/tenants/${tenant.id}`}>{tenant.name}</Link>
        <div>{[tenant.slug, tenant.region, tenant.timeZone].filter(Boolean).join(" · ")}</div>
      </th>
      <td>
        <span data-state={tenant.seState}>{words.state[tenant.seState]}</span>
        {tenant.multiToken ? <div>{words.multiToken}</div> : null}
      </td>
      <td>
        {urgency.tokens.length === 0 ? (
          <span className="text-ink-3">{words.noTokens}</span>
        ) : (
          <ul className="token-lines">
            {tokenLines(urgency.tokens).map(({ token: tok, kinds }) => (
              // Kinds, then the countdown pill (its level in words too: colour is never the only cue), then the expiry.
              <li key={tok.id}>
                <span>{kinds.map((k) => words.kind[k]).join("\n")}</span>
                {tok.countdown ? (
                  <span data-level={tok.countdown.level}>
                    {words.countdown.text(tok.countdown)}
                    <span>{words.countdown.level[tok.countdown.level]}</span>
                  </span>
                ) : (
                  <span className="text-ink-3">{words.noExpiry}</span>
                )}
                {tok.expiresAt ? <span>{formatDate(locale, tok.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: tenant.timeZone })}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td><Readiness tenant={tenant} words={words} up={icons.up} down={icons.down} /></td>
      <td>
        {tenant.activeRotation ? (
          <Link href={`/rotations/${tenant.activeRotation.id}`} className="inline-flex items-center gap-1 font-medium text-accent hover:underline">
            {words.rotationInProgress}
          </Link>
        ) : tenant.nextRotationAt ? (
          <span className="tabular-nums text-ink-2">{formatDate(locale, tenant.nextRotationAt, { dateStyle: "medium", timeZone: tenant.timeZone })}</span>
        ) : (
          <span className="text-ink-3">{words.notPlanned}</span>
        )}
      </td>
      <td>
        <Attention tenant={tenant} words={words} icon={icons.attention} />
      </td>
    </tr>
  );
}

function Readiness({ tenant, words, up, down }: { tenant: OverviewTenant; words: RowWords; up: ReactNode; down: ReactNode }) {
  const { say } = words;
  const r = tenant.readiness;
  if (!r) return <span className="text-ink-3">{words.notSynced}</span>;
  const ready = r.devices - r.refused;
  return (
    <>
      <div className="tabular-nums text-ink">{say("readiness.ready", { ready, devices: r.devices })}</div>
      <div className="text-xs text-ink-3">{words.change[r.change]}</div>
      {r.refused > 0 ? <div className="text-xs text-critical">{say("readiness.refused", { count: r.refused })}</div> : null}
      {r.refusedChange ? (
        <div className={`inline-flex items-center gap-0.5 text-xs ${r.refusedChange > 0 ? "text-critical" : "text-ok"}`}>
          {r.refusedChange > 0 ? up : down}
          {say("readiness.delta", { delta: `${r.refusedChange > 0 ? "+" : "−"}${Math.abs(r.refusedChange)}` })}
        </div>
      ) : null}
    </>
  );
}

function Attention({ tenant, words, icon }: { tenant: OverviewTenant; words: RowWords; icon: ReactNode }) {
  const { say } = words;
  const items: string[] = [];
  if (tenant.openAlerts > 0) items.push(say("alerts", { count: tenant.openAlerts }));
  if (tenant.driftedTargets > 0) items.push(say("drifted", { count: tenant.driftedTargets }));
  if (items.length === 0) return <span className="text-ink-3">{words.nothingOpen}</span>;
  return (
    <ul className="space-y-1">
      {items.map((i) => (
        <li key={i} className="flex items-start gap-1.5 text-warning">
          {icon}
          <span className="text-ink-2">{i}</span>
        </li>
      ))}
    </ul>
  );
}

const TILE_TONE = {
  expired: "border-expired/50 bg-expired-soft text-expired",
  warning: "border-warning/40 bg-warning-soft text-warning",
  accent: "border-accent/40 bg-accent-soft text-accent",
  calm: "border-line bg-surface text-ink-2",
} as const;

function Tile({ testId, icon, value, label, hint, tone }: { testId: string; icon: ReactNode; value: number; label: string; hint: string; tone: keyof typeof TILE_TONE }) {
  return (
    <li data-testid={testId} className={`rounded-lg border p-4 shadow-sm ${TILE_TONE[tone]}`}>
      <div className="flex items-center justify-between">
        <span className="text-sm font-medium">{label}</span>
        {icon}
      </div>
      <div className="mt-2 text-3xl font-semibold tabular-nums text-ink" data-testid={`${testId}-value`}>{value}</div>
      <div className="mt-1 text-xs text-ink-3">{hint}</div>
    </li>
  );
}
