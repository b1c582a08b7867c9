import { describe, expect, it } from "vitest";
import { apiKeyFromAuthorization, generateApiKey, hashApiKey } from "./api-key-token";

describe("API key tokens", () => {
  it("generates unique keys with a prefix and a hash that is not the key", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^ehk_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.prefix).toBe(a.key.slice(0, 12));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).not.toContain(a.key.slice(4, 20));
  });

  it("reads only well-formed bearer keys", () => {
    const { key } = generateApiKey();
    expect(apiKeyFromAuthorization(`Bearer ${key}`)).toBe(key);
    expect(apiKeyFromAuthorization(`bearer ${key}`)).toBe(key);
    expect(apiKeyFromAuthorization(`Basic ${key}`)).toBeNull();
    expect(apiKeyFromAuthorization("Bearer ehk_short")).toBeNull();
    expect(apiKeyFromAuthorization("Bearer other-token-format")).toBeNull();
    expect(apiKeyFromAuthorization(null)).toBeNull();
  });
});
