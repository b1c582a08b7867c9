// Token sets and tokens for integration tests, stored as the app stores them (encrypted value,
// keyed fingerprint, suffix), so a test can check that no rendering ever contains the value.
import { randomBytes } from "node:crypto";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";

/** A random token value that looks like Netskope's. */
export const tokenValue = () => randomBytes(18).toString("base64url");

export async function addToken(
  tenantId: string,
  opts: { kind?: "AUTH" | "ENCRYPTION"; expiresAt: Date | null; value?: string; stage?: "CURRENT" | "PENDING" | "PREVIOUS" | "RETIRED"; tsid?: string; enforced?: boolean },
) {
  const value = opts.value ?? tokenValue();
  const set = await db().tokenSet.create({
    data: { tenantId, vendorTokenSetId: opts.tsid ?? String(Math.floor(Math.random() * 1e9)), stage: opts.stage ?? "CURRENT", enforceStatus: opts.enforced ? "ENFORCED" : "NOT_ENFORCED" },
  });
  const token = await db().token.create({
    data: {
      tenantId,
      tokenSetId: set.id,
      kind: opts.kind ?? "AUTH",
      encryptedValue: encrypt(value),
      fingerprint: fingerprint(value),
      suffix: value.slice(-4),
      stage: opts.stage ?? "CURRENT",
      expiresAt: opts.expiresAt,
    },
  });
  return { value, tokenId: token.id, tokenSetId: set.id, tsid: set.vendorTokenSetId!, fingerprint: token.fingerprint };
}
