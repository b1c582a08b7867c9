// API key strings: `ehk_` + 32 random bytes (base64url). Only the SHA-256 of the whole key is stored;
// the first 12 characters (the prefix) name the key in lists and logs without revealing it. A fast
// hash is right here: the key has 256 bits of entropy, so there is nothing to brute-force.
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "ehk_";
const KEY_PATTERN = /^ehk_[A-Za-z0-9_-]{43}$/;

/** A new key: the value to show once, its list prefix and its hash at rest. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

/** The stored form of a key. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The key in an `Authorization: Bearer ehk_…` header, or null when there is none or it is malformed. */
export function apiKeyFromAuthorization(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m && KEY_PATTERN.test(m[1]!) ? m[1]! : null;
}
