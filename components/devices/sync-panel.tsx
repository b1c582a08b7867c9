// "Sync now" and the latest runs (sync-panel-island.tsx), with the messages they translate with (see
// device-table.tsx).
import { ClientMessages } from "@/components/i18n/client-messages";
import { SyncPanelIsland } from "./sync-panel-island";

export function SyncPanel({ tenantId, canSync }: { tenantId: string | null; canSync: boolean }) {
  return (
    <ClientMessages keys={["devices.sync", "auth.errors"]}>
      <SyncPanelIsland tenantId={tenantId} canSync={canSync} />
    </ClientMessages>
  );
}
