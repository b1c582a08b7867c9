import "server-only";
// The tenants the actor may see with their current tokens: what both the overview and the countdown
// banner of every dashboard page start from. Loaded once per server render (React `cache`, keyed by the
// request's context object), so the overview page and its layout's banner share one set of queries.
import { cache } from "react";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

async function load(ctx: ServiceContext) {
  return ctx.db.tenant.findMany({
    where: tenantScope(ctx),
    select: {
      id: true,
      name: true,
      slug: true,
      region: true,
      timeZone: true,
      seState: true,
      multiToken: true,
      thresholdsDays: true,
      nextRotationAt: true,
      tokens: {
        where: { stage: "CURRENT" },
        select: { id: true, kind: true, expiresAt: true, suffix: true, tokenSet: { select: { enforceStatus: true } } },
      },
      activeRotation: { select: { id: true, step: true } },
    },
  });
}

export type CurrentTenantRow = Awaited<ReturnType<typeof load>>[number];

/** One load per request (and per context): outside a server render (route handlers) it simply loads. */
export const currentTenantTokens: (ctx: ServiceContext) => Promise<CurrentTenantRow[]> = cache(load);
