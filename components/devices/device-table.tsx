// The readiness drill-down (device-table-island.tsx), with the messages it translates with: /devices is
// an index route, so a layout of its own would give them to every devices page (client-messages.tsx).
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeviceTableIsland } from "./device-table-island";
import type { DeviceTableProps } from "./device-table-live";

export function DeviceTable(props: DeviceTableProps) {
  return (
    <ClientMessages keys={["devices", "domain", "common"]}>
      <DeviceTableIsland {...props} />
    </ClientMessages>
  );
}
