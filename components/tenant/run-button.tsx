// "Sync from Netskope" and "Check drift now" (run-button-client.tsx), with their icons rendered here.
import { Icon } from "@/components/ui/server-icon";
import { CheckDriftButtonClient, SyncButtonClient } from "./run-button-client";

export function SyncButton({ tenantId }: { tenantId: string }) {
  return <SyncButtonClient tenantId={tenantId} icon={<Icon name="RefreshCw" aria-hidden className="size-4" />} />;
}

export function CheckDriftButton({ tenantId }: { tenantId: string }) {
  return <CheckDriftButtonClient tenantId={tenantId} icon={<Icon name="ScanSearch" aria-hidden className="size-4" />} />;
}
