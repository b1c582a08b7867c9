// Calendar feed secrets: `ehc_` + 32 random bytes (base64url), in the feed's URL. Only the SHA-256 of
// the secret is stored (256 bits of entropy: a fast hash leaves nothing to brute-force), so the URL
// is shown once, like an API key.
import { createHash, randomBytes } from "node:crypto";

const PATTERN = /^ehc_[A-Za-z0-9_-]{43}$/;

export function generateFeedSecret(): { secret: string; hash: string } {
  const secret = `ehc_${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashFeedSecret(secret) };
}

export function hashFeedSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The secret in a feed path segment ("ehc_….ics"), or null when it cannot be one. */
export function feedSecretFromSegment(segment: string): string | null {
  const secret = segment.endsWith(".ics") ? segment.slice(0, -4) : segment;
  return PATTERN.test(secret) ? secret : null;
}
