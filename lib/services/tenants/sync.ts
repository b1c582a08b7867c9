import "server-only";
// "Sync from Netskope": reads the tenant's token sets through the vendor client and brings our copy in
// line, idempotently (a second sync with nothing changed in the console changes nothing here):
// sets upserted by the vendor's tsid, tokens by fingerprint (values encrypted, never compared in the
// clear), a replaced value moved to history, expiry changes recorded, sets gone from the console
// retired. The vendor call happens before the transaction; the write and its audit event commit together.
import type { Prisma } from "@/lib/generated/prisma/client";
import { secretSuffix } from "@/lib/crypto/secret-box";
import type { TokenSet as VendorTokenSet } from "@/lib/integrations/types";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { netskopeClientForTenant } from "@/lib/services/integrations/clients";
import { getTenantOrThrow } from "@/lib/services/scope";

export interface SyncResult {
  tokenSets: number;
  created: number;
  updated: number;
  retired: number;
  /** sets whose values the API did not return: the operator pastes them (manual entry) */
  withoutValues: number;
}

type Tx = Prisma.TransactionClient;
const KINDS = [["AUTH", "authToken"], ["ENCRYPTION", "encryptionToken"]] as const;

async function upsertToken(tx: Tx, tenantId: string, tokenSetId: string, kind: "AUTH" | "ENCRYPTION", value: string, vs: VendorTokenSet, now: Date, r: SyncResult) {
  const fp = fingerprint(value);
  const expiresAt = vs.validUntil ? new Date(vs.validUntil) : null;
  const existing = await tx.token.findUnique({ where: { tenantId_kind_fingerprint: { tenantId, kind, fingerprint: fp } }, select: { id: true, tokenSetId: true, stage: true, expiresAt: true } });
  if (existing) {
    const sameExpiry = (existing.expiresAt?.getTime() ?? null) === (expiresAt?.getTime() ?? null);
    if (existing.tokenSetId === tokenSetId && existing.stage === "CURRENT" && sameExpiry) return;
    if (!sameExpiry && expiresAt) await tx.tokenExpiryChange.create({ data: { tokenId: existing.id, fromExpiry: existing.expiresAt, toExpiry: expiresAt, note: "sync" } });
    await tx.token.update({ where: { id: existing.id }, data: { tokenSetId, stage: "CURRENT", retiredAt: null, expiresAt } });
    r.updated += 1;
    return;
  }
  const replaced = await tx.token.updateMany({ where: { tokenSetId, kind, stage: "CURRENT" }, data: { stage: "PREVIOUS", retiredAt: now } });
  r.updated += replaced.count;
  await tx.token.create({
    data: {
      tenantId,
      tokenSetId,
      kind,
      encryptedValue: encrypt(value),
      fingerprint: fp,
      suffix: secretSuffix(value),
      stage: "CURRENT",
      source: "SYNC",
      vendorCreatedAt: vs.createdAt ? new Date(vs.createdAt) : null,
      expiresAt,
    },
  });
  r.created += 1;
}

/** The console's token sets now, written into our inventory. */
export async function syncTokenSets({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: { tenantId: string }; now?: Date }): Promise<SyncResult> {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const client = await netskopeClientForTenant(tenant.id);
  const sets = await client.listTokenSets();
  return audited(
    ctx,
    (r: SyncResult) => ({ action: "token-set.sync", tenantId: tenant.id, targetType: "tenant", targetId: tenant.id, summary: r }),
    async (tx) => {
      const r: SyncResult = { tokenSets: sets.length, created: 0, updated: 0, retired: 0, withoutValues: 0 };
      for (const vs of sets) {
        const vendorTokenSetId = String(vs.id);
        const data = { enforceStatus: vs.enforced ? ("ENFORCED" as const) : ("NOT_ENFORCED" as const), vendorCreatedAt: vs.createdAt ? new Date(vs.createdAt) : null, stage: "CURRENT" as const, deletedAt: null };
        const before = await tx.tokenSet.findUnique({ where: { tenantId_vendorTokenSetId: { tenantId: tenant.id, vendorTokenSetId } }, select: { id: true, enforceStatus: true, stage: true, deletedAt: true } });
        const set = before
          ? before.enforceStatus === data.enforceStatus && before.stage === "CURRENT" && !before.deletedAt
            ? before
            : await tx.tokenSet.update({ where: { id: before.id }, data, select: { id: true } })
          : await tx.tokenSet.create({ data: { tenantId: tenant.id, vendorTokenSetId, ...data }, select: { id: true } });
        if (before && set !== before) r.updated += 1;
        if (!vs.authToken && !vs.encryptionToken) r.withoutValues += 1;
        for (const [kind, field] of KINDS) {
          const value = vs[field];
          if (value) await upsertToken(tx, tenant.id, set.id, kind, value, vs, now, r);
          else if (kind === "AUTH" && vs.validUntil) {
            // No value in the response [guess: APIS.md]: keep the pasted token, follow the console's expiry.
            const moved = await tx.token.updateMany({ where: { tokenSetId: set.id, kind, stage: "CURRENT", NOT: { expiresAt: new Date(vs.validUntil) } }, data: { expiresAt: new Date(vs.validUntil) } });
            r.updated += moved.count;
          }
        }
      }
      const gone = await tx.tokenSet.findMany({ where: { tenantId: tenant.id, deletedAt: null, vendorTokenSetId: { notIn: sets.map((s) => String(s.id)) }, NOT: { vendorTokenSetId: null } }, select: { id: true } });
      if (gone.length) {
        await tx.tokenSet.updateMany({ where: { id: { in: gone.map((g) => g.id) } }, data: { stage: "RETIRED", deletedAt: now } });
        await tx.token.updateMany({ where: { tokenSetId: { in: gone.map((g) => g.id) }, stage: { in: ["CURRENT", "PENDING"] } }, data: { stage: "RETIRED", retiredAt: now } });
        r.retired = gone.length;
      }
      const seState = sets.length === 0 ? "DISABLED" : sets.some((s) => s.enforced) ? "ENFORCED" : "NOT_ENFORCED";
      await tx.tenant.update({ where: { id: tenant.id }, data: { seState, lastSyncedAt: now, ...(sets.length > 1 ? { multiToken: true } : {}) } });
      return r;
    },
  );
}
