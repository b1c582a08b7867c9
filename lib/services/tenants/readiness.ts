import "server-only";
// Latest readiness snapshot per tenant, for the overview and the tenant page. The devices engineer is
// adding `latestReadinessByTenant` (lib/services/devices/readiness-summary.ts); until it lands this
// reads ReadinessSnapshot directly. Which change matters depends on the tenant: enabling enforcement
// while not enforced, otherwise the next rotation (multi-token when the tenant has it).
import type { PlannedChangeName, ReadinessSummary } from "@/lib/dto/overview";
import type { ServiceContext } from "@/lib/server/context";

export function relevantChange(t: { seState: string; multiToken: boolean }): PlannedChangeName {
  if (t.seState !== "ENFORCED") return "enforce";
  return t.multiToken ? "rotate-multi-token" : "rotate-single-token";
}

interface Row {
  tenant_id: string;
  change: string;
  taken_at: Date;
  devices: number;
  refused: number;
  users: number;
  users_refused: number;
  rn: bigint;
}

/** The two latest snapshots of each tenant's relevant change, in one query; absent tenants are "not synced". */
export async function latestReadiness(ctx: ServiceContext, tenants: { id: string; seState: string; multiToken: boolean }[]): Promise<Map<string, ReadinessSummary>> {
  if (tenants.length === 0) return new Map();
  const rows = await ctx.db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT tenant_id, change, taken_at, devices, refused, users, users_refused,
             row_number() OVER (PARTITION BY tenant_id, change ORDER BY taken_at DESC) AS rn
      FROM readiness_snapshot WHERE tenant_id = ANY(${tenants.map((t) => t.id)})
    ) s WHERE rn <= 2`;
  const result = new Map<string, ReadinessSummary>();
  for (const t of tenants) {
    const change = relevantChange(t);
    const mine = rows.filter((r) => r.tenant_id === t.id && r.change === change).sort((a, b) => Number(a.rn) - Number(b.rn));
    const [latest, before] = mine;
    if (!latest) continue;
    result.set(t.id, {
      change,
      takenAt: latest.taken_at.toISOString(),
      devices: latest.devices,
      refused: latest.refused,
      users: latest.users,
      usersRefused: latest.users_refused,
      refusedChange: before ? latest.refused - before.refused : null,
    });
  }
  return result;
}
