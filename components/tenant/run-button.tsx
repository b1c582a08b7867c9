// "Sync from Netskope" and "Check drift now" (run-button-client.tsx), with their icons rendered here.
import { RefreshCw, ScanSearch } from "lucide-react";
import { CheckDriftButtonClient, SyncButtonClient } from "./run-button-client";

export function SyncButton({ tenantId }: { tenantId: string }) {
  return <SyncButtonClient tenantId={tenantId} icon={<RefreshCw aria-hidden className="size-4" />} />;
}

export function CheckDriftButton({ tenantId }: { tenantId: string }) {
  return <CheckDriftButtonClient tenantId={tenantId} icon={<ScanSearch aria-hidden className="size-4" />} />;
}
