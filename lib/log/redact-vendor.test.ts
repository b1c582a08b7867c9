import { describe, expect, it } from "vitest";
import { REDACTED, redactText, redactUrl, redactValue, SecretRegistry } from "@/lib/log/redact";

describe("redaction", () => {
  it("masks registered secret values wherever they appear", () => {
    const secrets = new SecretRegistry();
    secrets.add("my-api-token-1");
    secrets.add("abc"); // too short to register
    expect(redactText("got my-api-token-1 back; abc stays", secrets)).toBe(`got ${REDACTED} back; abc stays`);
  });

  it("masks token pairs in install commands (including the == typo), bearer tokens and long opaque strings", () => {
    const command = "msiexec /I NSClient.msi token=ORGKEY enrollauthtoken=Abc123 enrollencryptiontoken==Def456 /qn";
    const out = redactText(command);
    expect(out).not.toMatch(/ORGKEY|Abc123|Def456/);
    expect(out).toContain("enrollencryptiontoken==[redacted]");
    expect(redactText("Authorization: Bearer eyJ0eXAi.eyJyb2xl.c2ln")).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText("value u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq here")).toBe(`value ${REDACTED} here`);
  });

  it("keeps device ids, paths and long words readable", () => {
    const text = "device 0a1b2c3d-0001-4000-8000-000000000001 at beta/deviceManagement/deviceManagementScripts deviceManagementScriptAssignments";
    expect(redactText(text)).toBe(text);
  });

  it("masks secret-named query parameters and userinfo in URLs", () => {
    expect(redactUrl("https://user:pw@host/api?token=abc&limit=5&client_secret=xyz")).toBe(`https://host/api?token=${REDACTED}&limit=5&client_secret=${REDACTED}`);
  });

  it("masks secret-named fields deeply", () => {
    expect(redactValue({ a: { apiToken: "x", clientSecret: "y", list: [{ Authorization: "z" }], ok: "fine" } })).toEqual({
      a: { apiToken: REDACTED, clientSecret: REDACTED, list: [{ Authorization: REDACTED }], ok: "fine" },
    });
  });
});

describe("redaction keeps messages readable", () => {
  it("does not mistake an endpoint name followed by a colon for a secret", () => {
    expect(redactText("jamf POST api/oauth/token: HTTP 401: invalid_client")).toBe("jamf POST api/oauth/token: HTTP 401: invalid_client");
  });

  it("masks secrets inside JSON text", () => {
    expect(redactText('{"access_token": "abc", "client_secret":"xyz", "expires_in": 10}')).toBe(`{"access_token": "${REDACTED}", "client_secret":"${REDACTED}", "expires_in": 10}`);
  });
});
