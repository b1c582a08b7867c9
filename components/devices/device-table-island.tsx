"use client";
// The readiness drill-down (device-table-live.tsx: TanStack Table renders, TanStack Query fetches its
// rows from /api/devices), loaded right after the first paint rather than with the page: its rows come
// from the API anyway, so the page shows nothing less first, and the two libraries are not part of
// the page's first-load JavaScript (issue 6).
import { useTranslations } from "next-intl";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import type { DeviceTableProps } from "./device-table-live";

const loadTable = () => import("./device-table-live");

export function DeviceTableIsland(props: DeviceTableProps) {
  const t = useTranslations("devices.table");
  const live = useDeferredModule(loadTable);
  if (live) return <live.DeviceTableLive {...props} />;
  return (
    <div id="devices-table" className="p-4">
      <p aria-live="polite" className="text-sm text-ink-2">
        {t("loading")}
      </p>
    </div>
  );
}
