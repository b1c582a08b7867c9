"use client";
// The readiness drill-down: every filter, the sort and the page are applied by the server
// (GET /api/devices); TanStack Table renders, TanStack Query fetches and keeps the previous page
// on screen while the next loads. The query lives in the URL so a filtered list can be shared.
// Loaded after the first paint by device-table.tsx (its rows come from the API anyway), so TanStack
// Table and Query are not in the page's first-load JavaScript (issue 6).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { useEffect, useMemo, useState } from "react";
import { CLASS_MODES, CLASS_OS, VERSION_BANDS } from "@/lib/domain/readiness-class";
import { DEVICE_SORTS, deviceQueryString, REMEDIATIONS, type DevicePageDto, type DeviceQuery, type DeviceRowDto } from "@/lib/devices/query";
import { QueryProvider } from "@/components/providers";

const col = createColumnHelper<DeviceRowDto>();
type Sort = DeviceQuery["sort"];

function Select({ label, value, onChange, options, any }: { label: string; value: string | undefined; onChange: (v: string | undefined) => void; options: [string, string][]; any: string }) {
  return (
    <label className="grid min-w-0 gap-1 text-xs text-ink-3">
      {label}
      <select className="w-full min-w-0 truncate rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink" value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </label>
  );
}

function DeviceTableQuery({ initial, reasons, showTenant }: { initial: DeviceQuery; reasons: string[]; showTenant: boolean }) {
  const t = useTranslations("devices");
  const td = useTranslations("domain");
  const tc = useTranslations("common");
  const format = useFormatter();
  const [query, setQuery] = useState<DeviceQuery>(initial);
  const [search, setSearch] = useState(initial.q ?? "");
  const qs = deviceQueryString(query);

  useEffect(() => {
    const id = setTimeout(() => setQuery((q) => (q.q === (search || undefined) ? q : { ...q, q: search || undefined, page: 0 })), 300);
    return () => clearTimeout(id);
  }, [search]);
  useEffect(() => {
    window.history.replaceState(null, "", `/devices?${qs}#devices-table`);
  }, [qs]);

  const { data, isFetching, isError } = useQuery({
    queryKey: ["devices", "table", qs],
    queryFn: async (): Promise<DevicePageDto> => {
      const res = await fetch(`/api/devices?${qs}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    placeholderData: keepPreviousData,
  });

  const set = (patch: Partial<DeviceQuery>) => setQuery((q) => ({ ...q, page: 0, ...patch }));
  const sortBy = (sort: Sort) => setQuery((q) => ({ ...q, page: 0, sort, dir: q.sort === sort && q.dir === "asc" ? "desc" : "asc" }));

  const columns = useMemo(
    () => [
      ...(showTenant ? [col.accessor("tenantName", { header: t("table.tenant") })] : []),
      col.accessor("hostname", {
        id: "hostname",
        header: t("table.host"),
        cell: (c) => (
          <Link className="font-medium text-accent hover:underline" href={`/devices/${c.row.original.id}`}>
            {c.getValue() ?? c.row.original.serialNumber ?? c.row.original.nsDeviceUid ?? "—"}
          </Link>
        ),
      }),
      col.accessor("os", { id: "os", header: t("table.os"), cell: (c) => `${tc(`os.${c.getValue() as "WINDOWS"}`)}${c.row.original.osVersion ? ` ${c.row.original.osVersion}` : ""}` }),
      col.accessor("clientVersion", { id: "clientVersion", header: t("table.client"), cell: (c) => c.getValue() ?? "—" }),
      col.accessor("installMode", { id: "installMode", header: t("table.installMode"), cell: (c) => t(`mode.${c.getValue() as "UPN"}`) + (c.row.original.multiUser ? ` · ${t("table.multiUser")}` : "") }),
      col.accessor("classification", { header: t("table.classification"), cell: (c) => tc(`classification.${c.getValue() as "UNKNOWN"}`) }),
      col.accessor("users", { header: t("table.userCount"), cell: (c) => format.number(c.getValue()) }),
      col.accessor("lastSeenAt", { id: "lastSeen", header: t("table.lastSeen"), cell: (c) => (c.getValue() ? format.dateTime(new Date(c.getValue()!), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) : "—") }),
      col.accessor("refused", {
        header: t("table.readiness"),
        cell: (c) =>
          c.getValue() ? (
            <span className="inline-flex flex-col">
              <span className="font-medium text-critical">{t("table.refused")}</span>
              <span className="text-xs text-ink-3">{c.row.original.reasons.map((r) => (td.has(`reason.${r}`) ? td(`reason.${r}`) : r)).join(" ")}</span>
            </span>
          ) : (
            <span className="text-ok">{t("table.ready")}</span>
          ),
      }),
      col.accessor("remediations", { header: t("table.remediation"), cell: (c) => c.getValue().map((r) => td(`remediation.${r}.label`)).join(" → ") }),
    ],
    [showTenant, t, tc, td, format],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not compiler-memoizable; this component is not memoized
  const table = useReactTable({ data: data?.rows ?? [], columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true, rowCount: data?.total ?? 0 });
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / query.pageSize));
  const sortable = new Set<string>(DEVICE_SORTS);

  return (
    <div id="devices-table">
      <div className="grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        <label className="grid min-w-0 gap-1 text-xs text-ink-3 sm:col-span-2">
          {t("table.search")}
          <input type="search" className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={100} />
        </label>
        <Select label={t("table.status")} any={t("table.any")} value={query.status} onChange={(v) => set({ status: v as DeviceQuery["status"] })} options={[["refused", t("table.refused")], ["ready", t("table.ready")]]} />
        <Select label={t("table.reason")} any={t("table.any")} value={query.reason} onChange={(v) => set({ reason: v })} options={reasons.map((r) => [r, td.has(`reason.${r}`) ? td(`reason.${r}`) : r])} />
        <Select label={t("table.remediation")} any={t("table.any")} value={query.remediation} onChange={(v) => set({ remediation: v as DeviceQuery["remediation"] })} options={REMEDIATIONS.map((r) => [r, td(`remediation.${r}.label`)])} />
        <Select label={t("table.os")} any={t("table.any")} value={query.os} onChange={(v) => set({ os: v as DeviceQuery["os"] })} options={CLASS_OS.map((o) => [o, tc(`os.${o}`)])} />
        <Select label={t("table.installMode")} any={t("table.any")} value={query.installMode} onChange={(v) => set({ installMode: v as DeviceQuery["installMode"] })} options={CLASS_MODES.map((m) => [m, t(`mode.${m}`)])} />
        <Select label={t("table.band")} any={t("table.any")} value={query.band} onChange={(v) => set({ band: v as DeviceQuery["band"] })} options={VERSION_BANDS.map((b) => [b, t(`band.${b.replace(/\./g, "_")}`)])} />
        <Select label={t("table.multiUser")} any={t("table.any")} value={query.multiUser} onChange={(v) => set({ multiUser: v as DeviceQuery["multiUser"] })} options={[["yes", t("table.yes")], ["no", t("table.no")]]} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-4 py-2 text-sm">
        <p aria-live="polite" className="text-ink-2">
          {isError ? t("table.error") : data ? t("table.total", { total: data.total }) : t("table.loading")}
          {isFetching && data ? <span className="ml-2 text-ink-3">{t("table.loading")}</span> : null}
        </p>
        <div className="flex gap-3">
          <button type="button" className="text-accent hover:underline" onClick={() => { setSearch(""); setQuery({ ...initial, q: undefined, os: undefined, installMode: undefined, band: undefined, multiUser: undefined, classification: undefined, status: undefined, reason: undefined, remediation: undefined, page: 0 }); }}>
            {t("table.clear")}
          </button>
          <a className="text-accent hover:underline" href={`/api/devices/export?${qs}`} download>
            {t("table.export")}
          </a>
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[72rem] text-left text-sm">
          <thead className="bg-surface-2 text-ink-2">
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const id = h.column.id;
                  const active = query.sort === id;
                  const label = flexRender(h.column.columnDef.header, h.getContext());
                  return (
                    <th key={h.id} scope="col" className="whitespace-nowrap px-3 py-2 font-medium" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                      {sortable.has(id) ? (
                        <button type="button" className="inline-flex items-center gap-1 hover:underline" onClick={() => sortBy(id as Sort)} aria-label={t("table.sortBy", { column: String(h.column.columnDef.header) })}>
                          {label}
                          <span aria-hidden="true" className="text-ink-3">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id} className="border-t border-line align-top">
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className="px-3 py-2">{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex items-center justify-between border-t border-line px-4 py-3 text-sm" aria-label={t("table.title")}>
        <button type="button" className="rounded-md border border-line px-3 py-1 disabled:opacity-50" disabled={query.page === 0} onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}>
          {t("table.previous")}
        </button>
        <span className="tabular-nums text-ink-2">{t("table.pageOf", { page: query.page + 1, pages })}</span>
        <button type="button" className="rounded-md border border-line px-3 py-1 disabled:opacity-50" disabled={query.page + 1 >= pages} onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}>
          {t("table.next")}
        </button>
      </nav>
    </div>
  );
}

export type DeviceTableProps = Parameters<typeof DeviceTableQuery>[0];

/** Wrapped in the (shared, per-tab) TanStack Query client: the root layout does not carry it. */
export function DeviceTableLive(props: DeviceTableProps) {
  return (
    <QueryProvider>
      <DeviceTableQuery {...props} />
    </QueryProvider>
  );
}
