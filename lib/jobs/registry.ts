// Every background job of the product. Each area declares its jobs in lib/jobs/handlers/<area>.ts
// and adds one line here.
import { deviceJobs } from "@/lib/jobs/handlers/devices";
import { notificationJobs } from "@/lib/jobs/handlers/notifications";
import type { AnyJobDefinition } from "@/lib/jobs/types";

export const ALL_JOBS: AnyJobDefinition[] = [...notificationJobs, ...deviceJobs];
