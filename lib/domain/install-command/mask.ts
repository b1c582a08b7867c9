// Tokens are secrets (DOMAIN.md): commands and parsed fields show them masked unless the caller asks
// for the value. The mask matches the stored display of a token (the foundation keeps the last four
// characters of values of 16+ characters, lib/crypto/secret-box.ts `secretSuffix`), so a token in a
// pasted command and the same token on the tokens page look identical. The first characters are not
// shown: together with the suffix they would reveal more than people need to tell two tokens apart,
// which the fingerprint does properly.

export const MASK = "••••••";
const SUFFIX_MIN_LENGTH = 16;
const SUFFIX_LENGTH = 4;

/** "••••••7Qx2" for values of 16+ characters, "••••••" for shorter ones; "" stays "". */
export function maskToken(token: string): string {
  const v = token.trim();
  if (v === "") return "";
  return v.length >= SUFFIX_MIN_LENGTH ? `${MASK}${v.slice(-SUFFIX_LENGTH)}` : MASK;
}

/** Compares a token with the current one by fingerprint; the domain never hashes anything itself. */
export type Fingerprint = (token: string) => string;
