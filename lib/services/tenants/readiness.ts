import "server-only";
// Latest readiness snapshot per tenant, for the overview and the tenant page. The devices engineer is
// adding `latestReadinessByTenant` (lib/services/devices/readiness-summary.ts); until it lands this
// reads ReadinessSnapshot directly. Which change matters depends on the tenant: enabling enforcement
// while not enforced, otherwise the next rotation (multi-token when the tenant has it).
import type { PlannedChangeName, ReadinessSummary } from "@/lib/dto/overview";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceContext } from "@/lib/server/context";
import { readRows } from "@/lib/server/sql";
import { tenantScopeSql } from "@/lib/services/scope";

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
  rn: number;
}

/** The two latest snapshots of each (tenant, change) for the tenants `which` selects (SQL over `readiness_snapshot`'s tenant_id). */
function latestSnapshots(ctx: ServiceContext, which: Prisma.Sql): Promise<Row[]> {
  return readRows<Row>(ctx.db, Prisma.sql`
    SELECT * FROM (
      SELECT tenant_id, change, taken_at, devices, refused, users, users_refused,
             row_number() OVER (PARTITION BY tenant_id, change ORDER BY taken_at DESC)::int AS rn
      FROM readiness_snapshot WHERE ${which}
    ) s WHERE rn <= 2`);
}

/** Per tenant, the latest snapshot of its relevant change and how the refusals moved since the one before; absent tenants are "not synced". */
export function pickReadiness(tenants: { id: string; seState: string; multiToken: boolean }[], rows: Row[]): Map<string, ReadinessSummary> {
  const byKey = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.tenant_id}:${r.change}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const result = new Map<string, ReadinessSummary>();
  for (const t of tenants) {
    const change = relevantChange(t);
    const [latest, before] = (byKey.get(`${t.id}:${change}`) ?? []).sort((a, b) => a.rn - b.rn);
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

/** The readiness of these tenants, in one query. */
export async function latestReadiness(ctx: ServiceContext, tenants: { id: string; seState: string; multiToken: boolean }[]): Promise<Map<string, ReadinessSummary>> {
  if (tenants.length === 0) return new Map();
  return pickReadiness(tenants, await latestSnapshots(ctx, Prisma.sql`tenant_id = ANY(${tenants.map((t) => t.id)})`));
}

/**
 * The latest snapshots of every tenant the actor may see, loaded without waiting for the tenants
 * themselves (the overview starts it beside its tenant query); `pickReadiness` chooses per tenant.
 */
export function latestSnapshotsInScope(ctx: ServiceContext): Promise<Row[]> {
  return latestSnapshots(ctx, Prisma.sql`tenant_id IN (SELECT t.id FROM tenant t WHERE ${tenantScopeSql(ctx, "t")})`);
}
