import "server-only";
// The sync job's body: a queued run, with the tenant's stored credentials.
import { db, pgPool } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { intuneClientForConnection, jamfClientForConnection, netskopeClientForTenant } from "@/lib/services/integrations/clients";
import { runDeviceSync } from "./sync";

/** Runs a queued device sync with the vendor clients built from the stored credentials. */
export async function runQueuedDeviceSync(input: { runId: string; tenantId: string }): Promise<void> {
  await runDeviceSync(db(), input.runId, {
    netskope: () => netskopeClientForTenant(input.tenantId),
    intune: (connectionId) => intuneClientForConnection(connectionId),
    jamf: (connectionId) => jamfClientForConnection(connectionId),
    // COPY through the app's pool on PostgreSQL; the embedded PGlite keeps the JSON statement path.
    copyPool: env().EMBEDDED_DATABASE ? undefined : pgPool(),
  });
}
