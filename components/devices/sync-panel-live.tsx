"use client";
// "Sync now" and the latest runs with their progress, polled while one is queued or running. Loaded
// after the first paint by sync-panel.tsx, so TanStack Query is not first-load JavaScript (issue 6).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useAction } from "@/components/ui/use-action";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { startDeviceSyncAction } from "@/lib/actions/devices";
import { QueryProvider } from "@/components/providers";

interface Run {
  id: string;
  source: "NETSKOPE" | "INTUNE" | "JAMF" | "IMPORT" | "DEMO";
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  processed: number;
  total: number | null;
  errors: unknown;
  createdAt: string;
  tenant: { name: string };
}

function SyncPanelQuery({ tenantId, canSync }: { tenantId: string | null; canSync: boolean }) {
  const t = useTranslations("devices.sync");
  const format = useFormatter();
  const describe = useDescribeError();
  const router = useRouter();
  const client = useQueryClient();
  const { executeAsync, isPending } = useAction(startDeviceSyncAction);
  const [error, setError] = useState<string | null>(null);
  const { data } = useQuery({
    queryKey: ["devices", "runs", tenantId],
    queryFn: async (): Promise<{ runs: Run[] }> => (await fetch(`/api/devices/runs${tenantId ? `?tenantId=${encodeURIComponent(tenantId)}` : ""}`)).json(),
    refetchInterval: (q) => (q.state.data?.runs.some((r) => r.status === "QUEUED" || r.status === "RUNNING") ? 1500 : false),
  });
  const active = data?.runs.some((r) => r.status === "QUEUED" || r.status === "RUNNING") ?? false;
  const wasActive = useRef(false);
  useEffect(() => {
    // A run just finished: the report and the table read new figures.
    if (wasActive.current && !active) {
      router.refresh();
      void client.invalidateQueries({ queryKey: ["devices", "table"] });
    }
    wasActive.current = active;
  }, [active, router, client]);

  async function start() {
    if (!tenantId) return;
    setError(null);
    const result = await executeAsync({ tenantId });
    if (result?.data) await client.invalidateQueries({ queryKey: ["devices", "runs", tenantId] });
    else setError(describe(result?.serverError) ?? describe({ code: "validation", message: "" }));
  }

  const status = (r: Run) => ({ QUEUED: t("queued"), RUNNING: t("running"), SUCCEEDED: t("succeeded"), FAILED: t("failed") })[r.status];
  const detail = (r: Run) =>
    r.source === "IMPORT" ? t("imported", { processed: format.number(r.processed), total: format.number(r.total ?? r.processed) })
    : r.total === null ? t("fetching", { count: format.number(r.processed) })
    : t("writing", { processed: format.number(r.processed), total: format.number(r.total) });

  return (
    <div className="grid gap-3">
      {canSync ? (
        <div>
          <Button type="button" onClick={start} busy={isPending} disabled={!tenantId || isPending || active} title={tenantId ? undefined : t("pickTenant")}>
            {isPending ? t("starting") : t("start")}
          </Button>
          {!tenantId ? <p className="mt-1 text-xs text-ink-3">{t("pickTenant")}</p> : null}
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div>
        <h3 className="text-sm font-medium text-ink-2">{t("runs")}</h3>
        {data && data.runs.length === 0 ? <p className="mt-1 text-sm text-ink-3">{t("none")}</p> : null}
        <ul className="mt-1 grid gap-1 text-sm" aria-live="polite">
          {data?.runs.slice(0, 5).map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline gap-x-2">
              <span className={r.status === "FAILED" ? "font-medium text-critical" : r.status === "SUCCEEDED" ? "text-ok" : "font-medium text-accent"}>{status(r)}</span>
              <span>{t(`source.${r.source}`)} · {r.tenant.name}</span>
              <span className="text-ink-3 tabular-nums">{detail(r)}</span>
              <span className="text-xs text-ink-3">{format.dateTime(new Date(r.createdAt), { dateStyle: "short", timeStyle: "short", timeZone: "UTC" })} UTC</span>
              {r.status === "RUNNING" && r.total ? <progress className="h-2 w-32" max={r.total} value={r.processed} aria-label={detail(r)} /> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Wrapped in the (shared, per-tab) TanStack Query client: the root layout does not carry it. */
export function SyncPanelLive(props: Parameters<typeof SyncPanelQuery>[0]) {
  return (
    <QueryProvider>
      <SyncPanelQuery {...props} />
    </QueryProvider>
  );
}
