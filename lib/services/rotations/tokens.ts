import "server-only";
// The run's new token: stored encrypted as soon as the vendor (or the operator) hands it over, stage
// PENDING until the run completes. "Is it new?" is the Token unique key (tenant, kind, fingerprint).
import type { TokenSet as VendorTokenSet } from "@/lib/integrations/types";
import { secretSuffix } from "@/lib/crypto/secret-box";
import { decrypt, encrypt, fingerprint } from "@/lib/server/crypto";
import type { ServiceContext } from "@/lib/server/context";
import { ValidationError } from "@/lib/server/errors";
import { appendEvents, type RunRow } from "./run-store";

export const TOKEN_FORMAT = /^[A-Za-z0-9+/=_.:-]{16,512}$/;

export type RunEvents = { type: string; step: string; data: unknown; idempotencyKey: string | null }[];

const dataOf = (e: { data: unknown }) => (e.data ?? {}) as Record<string, unknown>;

/** The token row this run created, from its `token-stored` event. */
export function storedTokenId(events: RunEvents): string | null {
  const e = events.findLast((x) => x.type === "token-stored");
  return e ? String(dataOf(e).tokenId) : null;
}

/** The plaintext of the run's new token (server-side only, for the vendor calls that carry it). */
export async function newTokenValue(ctx: ServiceContext, events: RunEvents): Promise<{ id: string; value: string; fingerprint: string; tokenSetId: string }> {
  const id = storedTokenId(events);
  if (!id) throw new ValidationError("The run has no new token yet.");
  const row = await ctx.db.token.findUniqueOrThrow({ where: { id }, select: { id: true, encryptedValue: true, fingerprint: true, tokenSetId: true } });
  return { id: row.id, value: decrypt(row.encryptedValue), fingerprint: row.fingerprint, tokenSetId: row.tokenSetId };
}

/**
 * Stores the run's new auth token (PENDING). A value the tenant already had is refused (the console
 * handed back an old token, or the operator pasted one): a rotation must produce a new value.
 */
export async function storeNewToken(
  ctx: ServiceContext,
  run: RunRow,
  events: RunEvents,
  input: { value: string; expiresAt: Date; vendorTokenSetId: string | null; step: string; source: "ROTATION" | "MANUAL" },
): Promise<{ fingerprint: string; expiresAt: string }> {
  if (!TOKEN_FORMAT.test(input.value)) throw new ValidationError("This does not look like an enrollment token.", { token: ["format"] });
  const fp = fingerprint(input.value);
  const mine = storedTokenId(events);
  const existing = await ctx.db.token.findUnique({ where: { tenantId_kind_fingerprint: { tenantId: run.tenantId, kind: "AUTH", fingerprint: fp } } });
  if (existing && existing.id !== mine) throw new ValidationError("This token is not new: the tenant has used it before.", { token: ["not_new"] });
  if (!existing) {
    const setKey = input.vendorTokenSetId;
    const tokenSet =
      (setKey ? await ctx.db.tokenSet.findUnique({ where: { tenantId_vendorTokenSetId: { tenantId: run.tenantId, vendorTokenSetId: setKey } } }) : null) ??
      (await ctx.db.tokenSet.create({ data: { tenantId: run.tenantId, vendorTokenSetId: setKey, stage: "PENDING", enforceStatus: "NOT_ENFORCED" } }));
    const token = await ctx.db.token.create({
      data: {
        tenantId: run.tenantId,
        tokenSetId: tokenSet.id,
        kind: "AUTH",
        encryptedValue: encrypt(input.value),
        fingerprint: fp,
        suffix: secretSuffix(input.value),
        stage: "PENDING",
        source: input.source,
        expiresAt: input.expiresAt,
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
    });
    await appendEvents(ctx, run.id, [{ type: "token-stored", step: input.step, data: { tokenId: token.id, fingerprint: fp.slice(0, 8), vendorTokenSetId: setKey } }]);
    events.push({ type: "token-stored", step: input.step, data: { tokenId: token.id }, idempotencyKey: null });
  }
  return { fingerprint: fp.slice(0, 16), expiresAt: input.expiresAt.toISOString() };
}

/** The new token from a vendor token set; the API may not return values [guess: APIS.md], then the operator pastes it. */
export function vendorTokenOf(set: VendorTokenSet): { value: string; expiresAt: Date } {
  if (!set.authToken) throw new ValidationError("Netskope did not return the token's value: copy it from the console and record it by hand.");
  if (!set.validUntil) throw new ValidationError("Netskope returned no expiry for the new token: record it by hand.");
  return { value: set.authToken, expiresAt: new Date(set.validUntil) };
}

export { fingerprint };
