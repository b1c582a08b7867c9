import { describe, expect, it } from "vitest";
import { decryptSecret, deriveSecret, encryptSecret, fingerprintSecret, generateKeyBase64, secretKey, secretSuffix, SecretKeyMismatchError } from "./secret-box";

const k1 = secretKey(generateKeyBase64());
const k2 = secretKey(generateKeyBase64());

describe("secret box", () => {
  it("round-trips and never repeats a ciphertext", () => {
    const a = encryptSecret(k1, "abc123dummy123abc123dummy");
    const b = encryptSecret(k1, "abc123dummy123abc123dummy");
    expect(a).not.toEqual(b);
    expect(a).not.toContain("abc123");
    expect(decryptSecret(k1, a)).toBe("abc123dummy123abc123dummy");
  });

  it("names the key when a ciphertext was made under another key", () => {
    const c = encryptSecret(k1, "secret");
    expect(() => decryptSecret(k2, c)).toThrow(SecretKeyMismatchError);
  });

  it("rejects a tampered ciphertext", () => {
    const c = encryptSecret(k1, "secret-value");
    const parts = c.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptSecret(k1, parts.join("."))).toThrow();
    expect(() => decryptSecret(k1, "v1.x.y")).toThrow(/not an enrollment-health ciphertext/);
  });

  it("fingerprints are keyed, stable and whitespace-tolerant", () => {
    expect(fingerprintSecret(k1, "tok")).toBe(fingerprintSecret(k1, " tok\n"));
    expect(fingerprintSecret(k1, "tok")).not.toBe(fingerprintSecret(k2, "tok"));
    expect(fingerprintSecret(k1, "tok")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a suffix only for long values", () => {
    expect(secretSuffix("short")).toBeNull();
    expect(secretSuffix("0123456789abcdefWXYZ")).toBe("WXYZ");
  });

  it("refuses a key of the wrong length", () => {
    expect(() => secretKey(Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
  });

  it("derives independent, stable secrets per purpose", () => {
    const master = generateKeyBase64();
    expect(deriveSecret(master, "better-auth/v1")).toBe(deriveSecret(master, "better-auth/v1"));
    expect(deriveSecret(master, "better-auth/v1")).not.toBe(deriveSecret(master, "other"));
    expect(deriveSecret(master, "better-auth/v1")).not.toBe(deriveSecret(generateKeyBase64(), "better-auth/v1"));
    expect(deriveSecret(master, "better-auth/v1").length).toBeGreaterThanOrEqual(32);
  });
});
