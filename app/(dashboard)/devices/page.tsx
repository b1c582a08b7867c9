import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/devices/bar-chart";
import { DeviceTable } from "@/components/devices/device-table";
import { SyncPanel } from "@/components/devices/sync-panel";
import { TrendChart } from "@/components/devices/trend-chart";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { atLeast } from "@/lib/auth/roles";
import { CLASS_MODES, CLASS_OS, PLANNED_CHANGES, VERSION_BANDS } from "@/lib/domain/readiness-class";
import { deviceQueryString, parseDeviceQuery } from "@/lib/devices/query";
import { getRequestContext, orNotFound } from "@/lib/server/request-context";
import { readinessReport } from "@/lib/services/devices/report";
import { readinessTrend } from "@/lib/services/devices/readiness-summary";
import { listTenants } from "@/lib/services/tenants/list";

type Search = Record<string, string | string[] | undefined>;

export default async function DevicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await getRequestContext();
  const query = parseDeviceQuery(await searchParams);
  const tenantId = query.tenantId ?? null;
  const change = query.change;
  const [t, td, tc, format, tenants, report, trend] = await Promise.all([
    getTranslations("devices"),
    getTranslations("domain"),
    getTranslations("common"),
    getFormatter(),
    listTenants({ ctx }),
    orNotFound(readinessReport({ ctx, input: { tenantId } })),
    readinessTrend({ ctx, input: { tenantId: tenantId ?? undefined, change, limit: 30 } }),
  ]);
  const summary = report.changes[change];
  const n = (x: number) => format.number(x);
  const pct = (x: number, of: number) => format.number(of === 0 ? 0 : x / of, { style: "percent", maximumFractionDigits: 1 });
  const base = { tenantId: tenantId ?? undefined, change };
  const href = (extra: Record<string, string | undefined>) => `/devices?${deviceQueryString({ ...base, ...extra })}#devices-table`;
  const reasons = Object.entries(summary.byReason).sort((a, b) => b[1] - a[1]);
  const remediations = Object.entries(summary.byRemediation).filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1]);
  const steps = Object.entries(summary.byStep).sort((a, b) => b[1] - a[1]);
  const tenantName = tenants.find((x) => x.id === tenantId)?.name;
  const canSync = atLeast(ctx.actor.role, "OPERATOR");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link className="rounded-md border border-line px-3 py-2 text-sm hover:bg-surface-2" href="/devices/classification">{t("rule.link")}</Link>
            <Link className="rounded-md border border-line px-3 py-2 text-sm hover:bg-surface-2" href={`/devices/import${tenantId ? `?tenantId=${tenantId}` : ""}`}>{t("import.link")}</Link>
          </>
        }
      />

      <nav aria-label={t("tenantFilter")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {[{ id: null as string | null, name: t("allTenants") }, ...tenants.map((x) => ({ id: x.id as string | null, name: x.name }))].map((x) => (
          <Link key={x.id ?? "all"} href={`/devices?${deviceQueryString({ tenantId: x.id ?? undefined, change })}`} aria-current={x.id === tenantId ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${x.id === tenantId ? "border-accent bg-accent-soft text-accent" : "border-line hover:bg-surface-2"}`}>
            {x.name}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("changeTabs")} className="mb-6 flex flex-wrap gap-1 border-b border-line text-sm">
        {PLANNED_CHANGES.map((c) => (
          <Link key={c} href={`/devices?${deviceQueryString({ tenantId: tenantId ?? undefined, change: c })}`} aria-current={c === change ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${c === change ? "border-accent font-medium text-accent" : "border-transparent text-ink-2 hover:text-ink"}`}>
            {td(`change.${c}`)}
          </Link>
        ))}
      </nav>

      {report.devices === 0 ? <div className="mb-6"><Notice tone="info">{t("noData")}</Notice></div> : null}

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="grid gap-4 sm:grid-cols-3">
          <Card className="p-4">
            <p className="text-sm text-ink-3">{t("refusedDevices")}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-critical" data-testid="refused-devices">{n(summary.refused)}</p>
            <p className="text-sm text-ink-3">{t("ofTotal", { total: n(summary.devices) })} · {t("share", { percent: pct(summary.refused, summary.devices) })}</p>
          </Card>
          <Card className="p-4">
            <p className="text-sm text-ink-3">{t("refusedUsers")}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-critical">{n(summary.usersRefused)}</p>
            <p className="text-sm text-ink-3">{t("ofTotal", { total: n(summary.users) })}</p>
          </Card>
          <Card className="p-4">
            <p className="text-sm text-ink-3">{t("devices")}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums">{n(report.devices)}</p>
            <p className="text-sm text-ink-3">{tenantName ?? t("allTenants")}</p>
          </Card>
          {report.unknownInstallMode > 0 ? <div className="sm:col-span-3"><Notice tone="info">{t("unknownInstallMode", { count: report.unknownInstallMode })}</Notice></div> : null}
        </div>
        <Card className="p-4">
          <SyncPanel tenantId={tenantId} canSync={canSync} />
        </Card>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card className="p-4">
          <h2 className="mb-2 font-semibold">{t("byReason")}</h2>
          <table className="w-full text-sm">
            <thead><tr className="text-left text-ink-3"><th scope="col" className="py-1 font-medium">{t("reasonColumn")}</th><th scope="col" className="py-1 text-right font-medium">{t("countColumn")}</th></tr></thead>
            <tbody>
              {reasons.map(([code, count]) => (
                <tr key={code} className="border-t border-line">
                  <td className="py-1.5 pr-2"><Link className="hover:underline" href={href({ reason: code })}>{td.has(`reason.${code}`) ? td(`reason.${code}`) : code}</Link></td>
                  <td className="py-1.5 text-right tabular-nums">{n(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <div className="grid gap-4">
          <Card className="p-4">
            <h2 className="mb-2 font-semibold">{t("byRemediation")}</h2>
            <table className="w-full text-sm">
              <thead><tr className="text-left text-ink-3"><th scope="col" className="py-1 font-medium">{t("remediationColumn")}</th><th scope="col" className="py-1 text-right font-medium">{t("countColumn")}</th></tr></thead>
              <tbody>
                {remediations.map(([code, count]) => (
                  <tr key={code} className="border-t border-line">
                    <td className="py-1.5"><Link className="hover:underline" href={href({ remediation: code })}>{td(`remediation.${code}.label`)}</Link></td>
                    <td className="py-1.5 text-right tabular-nums">{n(count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card className="p-4">
            <h2 className="mb-2 font-semibold">{t("byStep")}</h2>
            <table className="w-full text-sm">
              <thead><tr className="text-left text-ink-3"><th scope="col" className="py-1 font-medium">{t("stepColumn")}</th><th scope="col" className="py-1 text-right font-medium">{t("countColumn")}</th></tr></thead>
              <tbody>
                {steps.map(([step, count]) => (
                  <tr key={step} className="border-t border-line">
                    <td className="py-1.5">{td.has(`step.${step}.title`) ? td(`step.${step}.title`) : step}</td>
                    <td className="py-1.5 text-right tabular-nums">{n(count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </div>
      </div>

      <Card className="mt-4 p-4">
        <h2 className="mb-3 font-semibold">{t("charts")}</h2>
        <div className="grid gap-6 lg:grid-cols-3">
          <BarChart title={t("byOs")} refusedLabel={t("legendRefused")} readyLabel={t("legendReady")} countHeader={t("countColumn")} format={n}
            rows={CLASS_OS.map((o) => ({ label: tc(`os.${o}`), devices: report.byOs[o].devices, refused: report.byOs[o].refused[change], href: href({ os: o, status: "refused" }) }))} />
          <BarChart title={t("byBand")} refusedLabel={t("legendRefused")} readyLabel={t("legendReady")} countHeader={t("countColumn")} format={n}
            rows={VERSION_BANDS.map((b) => ({ label: t(`band.${b.replace(/\./g, "_")}`), devices: report.byBand[b].devices, refused: report.byBand[b].refused[change], href: href({ band: b, status: "refused" }) }))} />
          <BarChart title={t("byInstallMode")} refusedLabel={t("legendRefused")} readyLabel={t("legendReady")} countHeader={t("countColumn")} format={n}
            rows={CLASS_MODES.map((m) => ({ label: t(`mode.${m}`), devices: report.byInstallMode[m].devices, refused: report.byInstallMode[m].refused[change], href: href({ installMode: m, status: "refused" }) }))} />
        </div>
      </Card>

      <Card className="mt-4 p-4">
        <h2 className="font-semibold">{t("trend")}</h2>
        <p className="mb-2 text-sm text-ink-3">{t("trendDescription", { change: td(`change.${change}`) })}</p>
        {trend.length === 0 ? (
          <p className="text-sm text-ink-3">{t("trendEmpty")}</p>
        ) : (
          <TrendChart title={t("trendChart")} format={n} takenAtHeader={t("takenAt")} devicesHeader={t("devices")} refusedHeader={t("refusedDevices")}
            points={trend.map((p) => ({ at: p.takenAt.toISOString(), label: format.dateTime(p.takenAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }), devices: p.devices, refused: p.refused }))} />
        )}
      </Card>

      <Card className="mt-4">
        <h2 className="px-4 pt-4 font-semibold">{t("table.title")}</h2>
        <DeviceTable initial={query} reasons={reasons.map(([code]) => code)} showTenant={!tenantId} />
      </Card>
    </>
  );
}
