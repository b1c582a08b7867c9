import { describe, expect, it } from "vitest";
import { redact, redactText, REDACTED } from "./redact";

describe("redact", () => {
  it.each([
    ["msiexec /i a.msi host=addon-acme.goskope.com token=ORG123 enrollauthtoken=abc123dummy /qn", "token=[redacted]", "abc123dummy"],
    ["nsdiag -e enrollauthtoken=abc enrollencryptiontoken==def", "enrollencryptiontoken==[redacted]", "def"],
    ["Authorization: Bearer eyJhbGciOi.x.y", "Bearer [redacted]", "eyJhbGciOi"],
    ["https://x/y?client_secret=s3cr3t&a=1", "client_secret=[redacted]", "s3cr3t"],
  ])("masks %s", (input, expected, leaked) => {
    const out = redactText(input);
    expect(out).toContain(expected);
    expect(out).not.toContain(leaked);
  });

  it("masks secret-named fields at any depth and keeps the rest", () => {
    const out = redact({ tenant: "acme", headers: { "Netskope-Api-Token": "t0k3n", accept: "json" }, list: [{ clientSecret: "x" }] });
    expect(out).toEqual({ tenant: "acme", headers: { "Netskope-Api-Token": REDACTED, accept: "json" }, list: [{ clientSecret: REDACTED }] });
  });
});
