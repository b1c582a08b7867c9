// The install-command problems: stable codes (translated in the UI by code), a fixed severity each,
// and an English message. "error": the install or token push will fail or enroll nobody; "warning":
// probably a mistake; "info": worth knowing, harmless.

export type Severity = "error" | "warning" | "info";

export const LINT_RULES = {
  "not-an-install-command": { severity: "error", message: "Not an msiexec install command nor an nsdiag command." },
  "unterminated-quote": { severity: "error", message: "A quote is opened and never closed." },
  "typographic-quotes": { severity: "error", message: "Typographic quotes (“ ” ‘ ’) were pasted from a document; Windows does not treat them as quotes." },
  "unquoted-path-with-spaces": { severity: "error", message: "A path with spaces is not quoted: the command line splits it." },
  "double-equals": { severity: "error", message: "`{param}==` has two \"=\" (a typo printed in the GTS article): the value would start with \"=\"." },
  "empty-value": { severity: "error", message: "`{param}=` has no value." },
  "masked-token": { severity: "error", message: "`{param}` holds a masked value (••••••), not the token itself." },
  "conflicting-param": { severity: "error", message: "`{param}` is given more than once with different values." },
  "duplicate-param": { severity: "warning", message: "`{param}` is given more than once." },
  "missing-msi-path": { severity: "error", message: "No package: msiexec needs `/i \"<file>.msi\"`." },
  "missing-host": { severity: "error", message: "No `host=addon-<tenant>.<region>.goskope.com`." },
  "missing-org-key": { severity: "error", message: "No `token=<org key>`." },
  "host-not-addon": { severity: "warning", message: "The host does not look like the tenant's addon host (addon-<tenant>[.<region>].goskope.com)." },
  "host-tenant-mismatch": { severity: "error", message: "The host is not this tenant's addon host." },
  "missing-idp-tenant": { severity: "error", message: "IdP mode needs `tenant=<tenant>`." },
  "missing-idp-domain": { severity: "error", message: "IdP mode needs `domain=<domain>`." },
  "idp-param-without-idp-mode": { severity: "warning", message: "`{param}` is only used with `installmode=IDP`." },
  "unknown-install-mode": { severity: "warning", message: "`installmode` is not IDP, the only documented value." },
  "unknown-mode": { severity: "warning", message: "`mode` is not peruserconfig, the only documented value." },
  "missing-enrollauthtoken": { severity: "error", message: "No `enrollauthtoken=`: refused once the token is Enforced." },
  "auth-token-optional-idp": { severity: "info", message: "No `enrollauthtoken=`: not needed in IdP mode without NPA Prelogon." },
  "auth-token-not-current": { severity: "error", message: "`enrollauthtoken` is not a current authentication token." },
  "auth-token-current": { severity: "info", message: "`enrollauthtoken` is the current authentication token." },
  "encryption-token-not-current": { severity: "error", message: "`enrollencryptiontoken` is not the current encryption token." },
  "encryption-token-current": { severity: "info", message: "`enrollencryptiontoken` is the current encryption token." },
  "same-auth-and-encryption-token": { severity: "warning", message: "The authentication and encryption tokens are the same value; one was probably pasted twice." },
  "prelogon-user-format": { severity: "info", message: "`prelogonuser` is documented as <user>@prelogon.netskope.com." },
  "missing-quiet": { severity: "info", message: "No `/qn`: an MDM install must run silently." },
  "nsdiag-missing-e": { severity: "error", message: "nsdiag needs `-e` to write the enrollment tokens." },
  "param-ignored-by-nsdiag": { severity: "warning", message: "`{param}` belongs to the install command; nsdiag -e ignores it." },
  "unknown-param": { severity: "info", message: "`{param}` is not an enrollment setting this checker knows." },
  "unexpected-token": { severity: "warning", message: "`{param}` is neither a switch nor a key=value setting." },
} as const satisfies Record<string, { severity: Severity; message: string }>;

export type LintCode = keyof typeof LINT_RULES;
export const LINT_CODES = Object.keys(LINT_RULES) as LintCode[];

export interface LintProblem {
  code: LintCode;
  severity: Severity;
  message: string;
  /** The parameter or word concerned, for the UI's message arguments (not part of the public API body). */
  param?: string;
}

/** A problem with its severity and English message (the `{param}` placeholder filled in). */
export function lintProblem(code: LintCode, param?: string): LintProblem {
  const rule = LINT_RULES[code];
  const message = rule.message.replace("{param}", param ?? "");
  return param === undefined ? { code, severity: rule.severity, message } : { code, severity: rule.severity, message, param };
}
