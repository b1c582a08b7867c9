// Secrets at rest: AES-256-GCM with a random 96-bit IV per value, and keyed fingerprints (HMAC-SHA256)
// so equal tokens compare without decryption. Pure functions of a key: the app binds them to
// ENCRYPTION_KEY in lib/server/crypto.ts; scripts/reencrypt.ts uses two keys at once.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

export interface SecretKey {
  /** 8 hex characters naming the key, stored with each ciphertext so a wrong key is named, not guessed. */
  id: string;
  enc: Buffer;
  fingerprint: Buffer;
}

export class SecretKeyMismatchError extends Error {
  constructor(expected: string, found: string) {
    super(`secret was encrypted under key ${found}, but the configured ENCRYPTION_KEY is ${expected}`);
    this.name = "SecretKeyMismatchError";
  }
}

/** Derives the cipher and fingerprint keys from a base64 32-byte master key. */
export function secretKey(base64: string): SecretKey {
  const master = Buffer.from(base64, "base64");
  if (master.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
  return {
    id: createHash("sha256").update(master).digest("hex").slice(0, 8),
    enc: derive("enrollment-health/secret-box/v1"),
    fingerprint: derive("enrollment-health/fingerprint/v1"),
  };
}

/** `v1.<keyId>.<iv>.<ciphertext‖tag>`, base64url parts. */
export function encryptSecret(key: SecretKey, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.enc, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, key.id, iv.toString("base64url"), body.toString("base64url")].join(".");
}

/** The key id a ciphertext was made with (for re-encryption and clear errors). */
export function ciphertextKeyId(ciphertext: string): string {
  const parts = ciphertext.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("not an enrollment-health ciphertext");
  return parts[1]!;
}

/** Decrypts and authenticates; a tampered or foreign ciphertext throws, never returns garbage. */
export function decryptSecret(key: SecretKey, ciphertext: string): string {
  const keyId = ciphertextKeyId(ciphertext);
  if (keyId !== key.id) throw new SecretKeyMismatchError(key.id, keyId);
  const [, , ivPart, bodyPart] = ciphertext.split(".") as [string, string, string, string];
  const iv = Buffer.from(ivPart, "base64url");
  const body = Buffer.from(bodyPart, "base64url");
  if (iv.length !== 12 || body.length < 16) throw new Error("ciphertext is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key.enc, iv);
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
}

/** Keyed fingerprint (hex). Compare tokens by this; show `shortFingerprint` to people. */
export function fingerprintSecret(key: SecretKey, value: string): string {
  return createHmac("sha256", key.fingerprint).update(value.trim(), "utf8").digest("hex");
}

/** The first 8 hex characters, as shown in the UI ("3f9a0c1d"). */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 8);
}

/** The last 4 characters of a secret, kept for the masked display; nothing for short values. */
export function secretSuffix(value: string): string | null {
  const v = value.trim();
  return v.length >= 16 ? v.slice(-4) : null;
}

/** A new random 32-byte key, base64. */
export function generateKeyBase64(): string {
  return randomBytes(32).toString("base64");
}

/** An independent secret for another purpose (e.g. signing sessions), derived from the master key. */
export function deriveSecret(masterBase64: string, purpose: string): string {
  const master = Buffer.from(masterBase64, "base64");
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `enrollment-health/${purpose}`, 32)).toString("base64url");
}
