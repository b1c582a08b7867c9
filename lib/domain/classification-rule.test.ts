import { describe, expect, it } from "vitest";
import { classificationRule, SECURE_TOKEN_KEY, TOKEN_PRESENT_LABEL } from "./classification-rule";

describe("classificationRule", () => {
  it("checks the authentication token value under HKLM\\SOFTWARE\\Netskope\\SecureToken", () => {
    const rule = classificationRule({ encryptionToken: false });
    expect(rule.windows.checks).toEqual([{ key: "HKLM\\SOFTWARE\\Netskope\\SecureToken", value: "AuthenticationToken", type: "REG_BINARY" }]);
    expect(rule.classification).toEqual({ name: TOKEN_PRESENT_LABEL, position: "top" });
    expect(rule.consoleSteps.map((s) => s.id)).toEqual(["create-classification", "create-rule", "list-devices"]);
  });
  it("adds the encryption token when it is used, and takes a custom label", () => {
    const rule = classificationRule({ encryptionToken: true, label: "  SE token  " });
    expect(rule.windows.checks.map((c) => c.value)).toEqual(["AuthenticationToken", "EncryptionToken"]);
    expect(rule.windows.checks.every((c) => c.key === SECURE_TOKEN_KEY)).toBe(true);
    expect(rule.classification.name).toBe("SE token");
    expect(rule.macos.supported).toBe(false);
  });
});
