import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

/** Device counts per tenant, OS and classification, aggregated in SQL (never loads devices). */
export async function deviceSummary({ ctx }: { ctx: ServiceContext }) {
  return ctx.db.device.groupBy({
    by: ["tenantId", "os", "classification"],
    where: { tenant: tenantScope(ctx) },
    _count: { _all: true },
    orderBy: [{ tenantId: "asc" }, { os: "asc" }, { classification: "asc" }],
  });
}
