import "server-only";
// Device sync: one job per sync run (a SyncRun row carries its progress); at most one queued per tenant.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/types";
import { refreshTenantReadinessJob } from "@/lib/services/devices/refresh";
import { runQueuedDeviceSync } from "@/lib/services/devices/sync-job";

export const deviceSyncJob = defineJob({
  name: "devices.sync",
  schema: z.object({ runId: z.string().min(1).max(64), tenantId: z.string().min(1).max(64) }),
  policy: "stately",
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 60 * 60,
  handler: (data) => runQueuedDeviceSync(data),
});

// After a rotation the tenant's current token changed, so which devices "hold the current token" did
// too: recompute the devices' readiness classes, the roll-up and a snapshot without waiting for a sync.
export const deviceReadinessRefreshJob = defineJob({
  name: "devices.refresh-readiness",
  schema: z.object({ tenantId: z.string().min(1).max(64) }),
  policy: "stately",
  retryLimit: 3,
  retryDelaySeconds: 30,
  expireInSeconds: 30 * 60,
  handler: (data) => refreshTenantReadinessJob(data),
});

export const deviceJobs = [deviceSyncJob, deviceReadinessRefreshJob];
