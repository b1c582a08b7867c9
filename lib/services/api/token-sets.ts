import "server-only";
// The JSON API's token sets of one tenant: metadata only. The query never selects a token's value.
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow } from "@/lib/services/scope";
import type { ApiTokenSet } from "./schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Token sets (newest first) with their tokens, for GET /api/v1/tenants/:id/token-sets. */
export async function listApiTokenSets({ ctx, tenantId }: { ctx: ServiceContext; tenantId: string }): Promise<ApiTokenSet[]> {
  await getTenantOrThrow(ctx, tenantId);
  const sets = await ctx.db.tokenSet.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      vendorTokenSetId: true,
      stage: true,
      enforceStatus: true,
      vendorCreatedAt: true,
      tokens: { orderBy: { kind: "asc" }, select: { id: true, kind: true, stage: true, source: true, fingerprint: true, vendorCreatedAt: true, expiresAt: true, retiredAt: true } },
    },
  });
  return sets.map((s) => ({
    id: s.id,
    vendorTokenSetId: s.vendorTokenSetId,
    stage: s.stage,
    enforceStatus: s.enforceStatus,
    vendorCreatedAt: iso(s.vendorCreatedAt),
    tokens: s.tokens.map((k) => ({
      id: k.id,
      kind: k.kind,
      stage: k.stage,
      source: k.source,
      fingerprintPrefix: k.fingerprint.slice(0, 8),
      vendorCreatedAt: iso(k.vendorCreatedAt),
      expiresAt: iso(k.expiresAt),
      retiredAt: iso(k.retiredAt),
    })),
  }));
}
