import "server-only";
// Readiness recomputed for one tenant outside a sync: after a rotation made another token current.
import { db as appDb, type Db } from "@/lib/server/db";
import { refreshRollup } from "./readiness-sql";
import { takeSnapshots } from "./snapshots";

export async function refreshTenantReadiness(db: Db, tenantId: string, now = new Date()): Promise<void> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true } });
  if (!tenant) return;
  await refreshRollup(db, tenantId);
  await takeSnapshots(db, tenantId, now);
}

/** The background job's entry point, on the app's database. */
export const refreshTenantReadinessJob = ({ tenantId }: { tenantId: string }) => refreshTenantReadiness(appDb(), tenantId);
