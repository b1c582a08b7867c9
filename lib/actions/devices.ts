"use server";
// Device sync (operators of the tenant).
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { startDeviceSync } from "@/lib/services/devices/start-sync";

/** Queues a device sync of one tenant; the page follows its progress. */
export const startDeviceSyncAction = defineAction(
  { name: "startDeviceSyncAction", role: "OPERATOR", tenantScoped: true },
  z.object({ tenantId: z.string().min(1).max(64) }),
  async ({ ctx, input }) => startDeviceSync({ ctx, input }),
);
