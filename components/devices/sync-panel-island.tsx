"use client";
// "Sync now" and the latest runs (sync-panel-live.tsx, TanStack Query), loaded right after the first
// paint rather than with the page, so TanStack Query is not part of its first-load JavaScript (issue 6).
// Until then the button shows, disabled (the runs are fetched by the browser in any case).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useDeferredModule } from "@/components/ui/use-deferred-module";

const loadPanel = () => import("./sync-panel-live");

export function SyncPanelIsland({ tenantId, canSync }: { tenantId: string | null; canSync: boolean }) {
  const t = useTranslations("devices.sync");
  const live = useDeferredModule(loadPanel);
  if (live) return <live.SyncPanelLive tenantId={tenantId} canSync={canSync} />;
  return (
    <div className="grid gap-3">
      {canSync ? (
        <div>
          <Button type="button" disabled>
            {t("start")}
          </Button>
          {!tenantId ? <p className="mt-1 text-xs text-ink-3">{t("pickTenant")}</p> : null}
        </div>
      ) : null}
      <div>
        <h3 className="text-sm font-medium text-ink-2">{t("runs")}</h3>
      </div>
    </div>
  );
}
