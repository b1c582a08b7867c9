import "server-only";
// Starting a device sync: a QUEUED SyncRun the UI can follow, and the job that runs it.
import { enqueue } from "@/lib/jobs/queue";
import { deviceSyncJob } from "@/lib/jobs/handlers/devices";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError } from "@/lib/server/errors";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";

/** Queues a sync of one tenant's devices; refuses while one is queued or running. */
export async function startDeviceSync({ ctx, input }: { ctx: ServiceContext; input: { tenantId: string } }): Promise<{ runId: string }> {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const busy = await ctx.db.syncRun.findFirst({ where: { tenantId: tenant.id, status: { in: ["QUEUED", "RUNNING"] }, createdAt: { gt: new Date(Date.now() - 2 * 3600_000) } } });
  if (busy) throw new ConflictError("A device sync of this tenant is already queued or running");
  const run = await ctx.db.syncRun.create({ data: { tenantId: tenant.id, source: "NETSKOPE", createdById: ctx.actor.type === "user" ? ctx.actor.id : null } });
  await enqueue(deviceSyncJob, { runId: run.id, tenantId: tenant.id }, { singletonKey: tenant.id });
  await recordAudit(ctx, { action: "devices.sync.start", tenantId: tenant.id, targetType: "sync_run", targetId: run.id });
  return { runId: run.id };
}

/** The latest runs (syncs and imports) of the visible tenants, newest first. */
export async function listSyncRuns({ ctx, input }: { ctx: ServiceContext; input: { tenantId?: string | null; take?: number } }) {
  return ctx.db.syncRun.findMany({
    where: { tenant: tenantScope(ctx), ...(input.tenantId ? { tenantId: input.tenantId } : {}) },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 10,
    select: { id: true, tenantId: true, source: true, status: true, processed: true, total: true, errors: true, startedAt: true, finishedAt: true, createdAt: true, tenant: { select: { name: true } } },
  });
}
