import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the nonce, and nothing may frame the app", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("permits eval in development only", () => expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'"));

  it("sends HSTS in production only", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ production: false })["X-Frame-Options"]).toBe("DENY");
  });

  it("nonces are fresh and long enough", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
