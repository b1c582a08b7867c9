import "server-only";
// Device sync: one job per sync run (a SyncRun row carries its progress); at most one queued per tenant.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/types";
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

export const deviceJobs = [deviceSyncJob];
