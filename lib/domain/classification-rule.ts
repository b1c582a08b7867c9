// The Device Classification rule that reports which devices hold the Secure Enrollment token (GTS case
// insights, "Reporting (For Windows)"; DOMAIN.md "Reporting (Windows): device classification").
// Windows keeps the tokens in HKLM\SOFTWARE\Netskope\SecureToken (REG_BINARY, DPAPI-encrypted), so a
// rule can test that the values exist, never their value. macOS keeps them in the keychain, which
// classification rules cannot read: there the report relies on the MDM (nsdiag run states) instead.

/** The classification label the rule assigns; the sync reads it back from client status. */
export const TOKEN_PRESENT_LABEL = "Secure Enrollment token present";

export const SECURE_TOKEN_KEY = "HKLM\\SOFTWARE\\Netskope\\SecureToken";

export interface RegistryCheck {
  key: string;
  value: string;
  type: "REG_BINARY";
}

export interface ClassificationRuleSpec {
  classification: { name: string; position: "top" };
  windows: { ruleName: string; os: "Windows"; match: "all"; checks: RegistryCheck[] };
  macos: { supported: false; keychainItems: string[] };
  consoleSteps: { id: "create-classification" | "create-rule" | "list-devices"; path: string[] }[];
}

/** The rule to create in the console; with `encryptionToken`, the encryption token is checked too. */
export function classificationRule(options: { encryptionToken: boolean; label?: string }): ClassificationRuleSpec {
  const label = options.label?.trim() || TOKEN_PRESENT_LABEL;
  const checks: RegistryCheck[] = [{ key: SECURE_TOKEN_KEY, value: "AuthenticationToken", type: "REG_BINARY" }];
  if (options.encryptionToken) checks.push({ key: SECURE_TOKEN_KEY, value: "EncryptionToken", type: "REG_BINARY" });
  return {
    classification: { name: label, position: "top" },
    windows: { ruleName: `${label} (Windows registry)`, os: "Windows", match: "all", checks },
    macos: { supported: false, keychainItems: ["com.netskope.client.branding.authToken", "com.netskope.client.branding.encryptToken"] },
    consoleSteps: [
      { id: "create-classification", path: ["Settings", "Manage", "Device Classification"] },
      { id: "create-rule", path: ["Settings", "Manage", "Device Classification"] },
      { id: "list-devices", path: ["Settings", "Security Cloud Platform", "Devices"] },
    ],
  };
}
