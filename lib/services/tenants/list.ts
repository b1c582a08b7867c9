import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

/** Tenants the actor may see, with their current tokens' expiries; admins and the system see all. */
export async function listTenants({ ctx }: { ctx: ServiceContext }) {
  return ctx.db.tenant.findMany({
    where: tenantScope(ctx),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      region: true,
      timeZone: true,
      seState: true,
      multiToken: true,
      tokens: { where: { stage: "CURRENT" }, select: { kind: true, expiresAt: true }, orderBy: { expiresAt: "asc" } },
    },
  });
}
