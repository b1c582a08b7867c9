import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

/** Rotation runs on tenants the actor may see, newest first. */
export async function listRotationRuns({ ctx, take = 50 }: { ctx: ServiceContext; take?: number }) {
  return ctx.db.rotationRun.findMany({
    where: { tenant: tenantScope(ctx) },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, plan: true, status: true, step: true, startedAt: true, finishedAt: true, tenant: { select: { name: true, slug: true } } },
  });
}
