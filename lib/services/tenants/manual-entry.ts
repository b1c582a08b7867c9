import "server-only";
// A token pasted from the Netskope console, with its creation and expiry as the console shows them
// (in the tenant's time zone). Validated by the domain rules (lib/domain/token-entry.ts); "not a
// previous token" is the unique (tenant, kind, fingerprint) key, checked first for a clear message
// and enforced by the database against a race. Field errors carry codes the form translates.
import { z } from "zod";
import { secretSuffix } from "@/lib/crypto/secret-box";
import { checkTokenDates, checkTokenFormat, parseLocalDateTime } from "@/lib/domain/token-entry";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";

export const EnterTokenInput = z.object({
  tenantId: z.string().min(1).max(64),
  kind: z.enum(["AUTH", "ENCRYPTION"]),
  value: z.string().max(4096),
  /** "new" starts a token set; otherwise the id of one of the tenant's sets (the token replaces its current one of that kind) */
  tokenSetId: z.string().min(1).max(64),
  /** "YYYY-MM-DDTHH:mm" or "YYYY-MM-DD" in the tenant's zone; empty: now */
  createdAt: z.string().max(32).optional(),
  expiresAt: z.string().max(32),
});
export type EnterTokenInput = z.infer<typeof EnterTokenInput>;

const invalid = (field: string, code: string) => new ValidationError("Check the highlighted fields", { [field]: [code] });

/** Records a pasted token as the set's current token of its kind; the one it replaces becomes history. */
export async function enterToken({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: EnterTokenInput; now?: Date }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const format = checkTokenFormat(input.value);
  if (!format.ok) throw invalid("value", format.problem);
  const expiresAt = parseLocalDateTime(input.expiresAt, tenant.timeZone);
  if (!expiresAt) throw invalid("expiresAt", "malformed-date");
  const createdAt = input.createdAt?.trim() ? parseLocalDateTime(input.createdAt, tenant.timeZone) : now;
  if (!createdAt) throw invalid("createdAt", "malformed-date");
  const dates = checkTokenDates({ createdAt, expiresAt, now });
  if (dates) throw invalid(dates.field, dates.problem);

  const fp = fingerprint(format.value);
  const seen = await ctx.db.token.findUnique({ where: { tenantId_kind_fingerprint: { tenantId: tenant.id, kind: input.kind, fingerprint: fp } }, select: { stage: true } });
  if (seen) throw invalid("value", seen.stage === "CURRENT" || seen.stage === "PENDING" ? "already-current" : "previous-token");

  const set = input.tokenSetId === "new" ? null : await ctx.db.tokenSet.findFirst({ where: { id: input.tokenSetId, tenantId: tenant.id, deletedAt: null }, select: { id: true } });
  if (input.tokenSetId !== "new" && !set) throw invalid("tokenSetId", "unknown-token-set");

  try {
    return await audited(
      ctx,
      (r: { tokenId: string; tokenSetId: string; replaced: number }) => ({
        action: "token.enter",
        tenantId: tenant.id,
        targetType: "token",
        targetId: r.tokenId,
        summary: { kind: input.kind, tokenSetId: r.tokenSetId, expiresAt: expiresAt.toISOString(), replaced: r.replaced, suffix: secretSuffix(format.value) },
      }),
      async (tx) => {
        const tokenSetId = set?.id ?? (await tx.tokenSet.create({ data: { tenantId: tenant.id, stage: "CURRENT", vendorCreatedAt: createdAt }, select: { id: true } })).id;
        const replaced = await tx.token.updateMany({ where: { tokenSetId, kind: input.kind, stage: "CURRENT" }, data: { stage: "PREVIOUS", retiredAt: now } });
        const token = await tx.token.create({
          data: {
            tenantId: tenant.id,
            tokenSetId,
            kind: input.kind,
            encryptedValue: encrypt(format.value),
            fingerprint: fp,
            suffix: secretSuffix(format.value),
            stage: "CURRENT",
            source: "MANUAL",
            vendorCreatedAt: createdAt,
            expiresAt,
            createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
          },
          select: { id: true },
        });
        // A token exists now: the feature is on in the console (right after enabling it is normally Not Enforced).
        await tx.tenant.updateMany({ where: { id: tenant.id, seState: "DISABLED" }, data: { seState: "NOT_ENFORCED" } });
        return { tokenId: token.id, tokenSetId, replaced: replaced.count };
      },
    );
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw invalid("value", "previous-token");
    throw e;
  }
}
