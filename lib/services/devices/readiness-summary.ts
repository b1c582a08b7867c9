import "server-only";
// The latest readiness per tenant, from the snapshots taken at each sync (for the overview).
import type { PlannedChange } from "@/lib/domain/types";
import { PLANNED_CHANGES } from "@/lib/domain/readiness-class";
import type { ServiceContext } from "@/lib/server/context";
import { tenantScope } from "@/lib/services/scope";

export interface ChangeReadiness {
  devices: number;
  refused: number;
  users: number;
  usersRefused: number;
  /** refused / devices, 0 when there are no devices */
  ratio: number;
}

export interface TenantReadiness {
  tenantId: string;
  takenAt: Date;
  /** the "enforce" figures, the headline */
  devices: number;
  refused: number;
  ratio: number;
  changes: Partial<Record<PlannedChange, ChangeReadiness>>;
}

/** The latest snapshot of every change for each visible tenant asked for; tenants never synced are absent. */
export async function latestReadinessByTenant({ ctx, input }: { ctx: ServiceContext; input: { tenantIds: string[] } }): Promise<Map<string, TenantReadiness>> {
  const visible = await ctx.db.tenant.findMany({ where: { id: { in: input.tenantIds }, ...tenantScope(ctx) }, select: { id: true } });
  const ids = visible.map((t) => t.id);
  const out = new Map<string, TenantReadiness>();
  if (ids.length === 0) return out;
  const rows = await ctx.db.readinessSnapshot.findMany({
    where: { tenantId: { in: ids }, change: { in: [...PLANNED_CHANGES] } },
    distinct: ["tenantId", "change"],
    orderBy: [{ tenantId: "asc" }, { change: "asc" }, { takenAt: "desc" }],
    select: { tenantId: true, change: true, takenAt: true, devices: true, refused: true, users: true, usersRefused: true },
  });
  for (const r of rows) {
    const change = r.change as PlannedChange;
    const entry = out.get(r.tenantId) ?? { tenantId: r.tenantId, takenAt: r.takenAt, devices: 0, refused: 0, ratio: 0, changes: {} };
    const ratio = r.devices === 0 ? 0 : r.refused / r.devices;
    entry.changes[change] = { devices: r.devices, refused: r.refused, users: r.users, usersRefused: r.usersRefused, ratio };
    if (r.takenAt > entry.takenAt) entry.takenAt = r.takenAt;
    if (change === "enforce") Object.assign(entry, { devices: r.devices, refused: r.refused, ratio });
    out.set(r.tenantId, entry);
  }
  return out;
}

/** The series of one change's snapshots for the trend chart (at most `limit`, oldest first). */
export async function readinessTrend({ ctx, input }: { ctx: ServiceContext; input: { tenantId?: string; change: PlannedChange; limit?: number } }) {
  const rows = await ctx.db.readinessSnapshot.findMany({
    where: { change: input.change, tenant: tenantScope(ctx), ...(input.tenantId ? { tenantId: input.tenantId } : {}) },
    orderBy: { takenAt: "desc" },
    take: (input.limit ?? 30) * (input.tenantId ? 1 : 50),
    select: { takenAt: true, devices: true, refused: true, tenantId: true },
  });
  // Across tenants, points are summed per instant a sync ran (rounded to the minute).
  const points = new Map<number, { takenAt: Date; devices: number; refused: number }>();
  for (const r of rows) {
    const at = Math.floor(r.takenAt.getTime() / 60_000) * 60_000;
    const p = points.get(at) ?? { takenAt: new Date(at), devices: 0, refused: 0 };
    p.devices += r.devices;
    p.refused += r.refused;
    points.set(at, p);
  }
  return [...points.values()].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime()).slice(-(input.limit ?? 30));
}
