import "server-only";
// The JSON API's view of tenants: a stable, documented shape (no secrets, no internal columns),
// kept apart from the dashboard's queries so the UI can change without breaking API clients.
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError } from "@/lib/server/errors";
import { deviceCountsByTenant } from "@/lib/services/devices/readiness-sql";
import { tenantScope } from "@/lib/services/scope";
import type { ApiTenant } from "./schemas";

export type { ApiTenant } from "./schemas";

const SELECT = {
  id: true,
  name: true,
  slug: true,
  region: true,
  timeZone: true,
  seState: true,
  multiToken: true,
  nextRotationAt: true,
  lastSyncedAt: true,
  tokens: { where: { stage: "CURRENT" as const }, select: { kind: true, expiresAt: true }, orderBy: { expiresAt: "asc" as const } },
};

type Row = { id: string; name: string; slug: string; region: string | null; timeZone: string; seState: string; multiToken: boolean; nextRotationAt: Date | null; lastSyncedAt: Date | null; tokens: { kind: string; expiresAt: Date | null }[] };

function toDto(t: Row, devices: Map<string, number>): ApiTenant {
  return {
    id: t.id,
    name: t.name,
    slug: t.slug,
    region: t.region,
    timeZone: t.timeZone,
    secureEnrollment: t.seState as ApiTenant["secureEnrollment"],
    multiToken: t.multiToken,
    currentTokens: t.tokens.map((k) => ({ kind: k.kind as "AUTH" | "ENCRYPTION", expiresAt: k.expiresAt?.toISOString() ?? null })),
    devices: devices.get(t.id) ?? 0,
    nextRotationAt: t.nextRotationAt?.toISOString() ?? null,
    lastSyncedAt: t.lastSyncedAt?.toISOString() ?? null,
  };
}

/** Tenants the caller may see, for GET /api/v1/tenants. */
export async function listApiTenants({ ctx }: { ctx: ServiceContext }): Promise<ApiTenant[]> {
  const rows = await ctx.db.tenant.findMany({ where: tenantScope(ctx), orderBy: { name: "asc" }, select: SELECT });
  const devices = await deviceCountsByTenant(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => toDto(r, devices));
}

/** One tenant the caller may see, for GET /api/v1/tenants/:id; NotFoundError otherwise. */
export async function getApiTenant({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<ApiTenant> {
  const row = await ctx.db.tenant.findFirst({ where: { id, ...tenantScope(ctx) }, select: SELECT });
  if (!row) throw new NotFoundError();
  return toDto(row, await deviceCountsByTenant(ctx.db, [row.id]));
}
