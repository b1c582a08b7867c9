import { describe, expect, it } from "vitest";
import { LINT_CODES, type LintCode } from "./lint-codes";
import { lintInstallCommand, type LintContext } from "./lint";

const AUTH = "abc123dummy123abc123dummy";
const OLD = "old999dummy999old999dummy";
const ENC = "enc456dummy456enc456dummy";
const HOST = "addon-acme.eu.goskope.com";
const GOOD = `msiexec /i "NSClient.msi" host=${HOST} token=ORG1 enrollauthtoken=${AUTH} /qn /l*v %PUBLIC%\\nscinstall.log`;
// A stand-in for the server's keyed HMAC: the domain only compares what it is given.
const fingerprint = (t: string) => `fp-${[...t].reverse().join("")}`;
const inApp: LintContext = { tenant: { addonHost: HOST }, fingerprint, currentAuthFingerprints: [fingerprint(AUTH)], currentEncryptionFingerprints: [fingerprint(ENC)] };

const seen = new Set<string>();

describe("lintInstallCommand", () => {
  it.each<[string, string, LintContext, LintCode[]]>([
    ["a correct single-user command", GOOD, { tenant: { addonHost: HOST } }, []],
    ["the host of another tenant", GOOD.replace(HOST, "addon-other.goskope.com"), { tenant: { addonHost: HOST } }, ["host-tenant-mismatch"]],
    ["the tenant host in another case, with a trailing dot", GOOD.replace(HOST, "Addon-ACME.eu.goskope.com."), { tenant: { addonHost: HOST } }, []],
    ["not an addon host", GOOD.replace(HOST, "acme.goskope.com"), {}, ["host-not-addon"]],
    ["no host", GOOD.replace(`host=${HOST} `, ""), {}, ["missing-host"]],
    ["no org key", GOOD.replace("token=ORG1 ", ""), {}, ["missing-org-key"]],
    ["no enrollauthtoken", GOOD.replace(`enrollauthtoken=${AUTH} `, ""), {}, ["missing-enrollauthtoken"]],
    ["an empty enrollauthtoken", GOOD.replace(`enrollauthtoken=${AUTH}`, "enrollauthtoken="), {}, ["empty-value"]],
    ["no package", `msiexec host=${HOST} token=ORG1 enrollauthtoken=${AUTH} /qn`, {}, ["missing-msi-path"]],
    ["not silent", GOOD.replace(" /qn", ""), {}, ["missing-quiet"]],
    ["the GTS `==` typo in an install command", `${GOOD} enrollencryptiontoken==${ENC}`, {}, ["double-equals"]],
    ["an unquoted MSI path with spaces", GOOD.replace('"NSClient.msi"', "C:\\Program Files\\NS\\NSClient.msi"), {}, ["unquoted-path-with-spaces"]],
    ["an unquoted log path with spaces", GOOD.replace("%PUBLIC%\\nscinstall.log", "C:\\My Logs\\ns.log"), {}, ["unquoted-path-with-spaces"]],
    ["a repeated parameter", `${GOOD} mode=peruserconfig MODE=peruserconfig`, {}, ["duplicate-param"]],
    ["a conflicting parameter", `${GOOD} host=addon-other.goskope.com`, { tenant: { addonHost: HOST } }, ["conflicting-param", "host-tenant-mismatch"]],
    ["an unknown mode", `${GOOD} mode=multiuser`, {}, ["unknown-mode"]],
    ["IdP parameters without IdP mode", `${GOOD} tenant=acme`, {}, ["idp-param-without-idp-mode"]],
    ["IdP mode without tenant and domain", `msiexec /i a.msi installmode=IDP /qn`, {}, ["missing-idp-tenant", "missing-idp-domain", "auth-token-optional-idp"]],
    ["IdP with Prelogon but no token", `msiexec /i a.msi installmode=idp tenant=acme domain=goskope.com prelogonuser=svc@prelogon.netskope.com /qn`, {}, ["missing-enrollauthtoken"]],
    ["a Prelogon user in another form", `${GOOD} prelogonuser=svc@acme.com`, {}, ["prelogon-user-format"]],
    ["an unknown install mode", `${GOOD} installmode=UPN`, {}, ["unknown-install-mode"]],
    ["an unknown parameter", `${GOOD} autoupdate=on`, {}, ["unknown-param"]],
    ["a stray word, masked when it looks like a secret", `${GOOD} ${OLD}`, {}, ["unexpected-token"]],
    ["a masked token pasted back", GOOD.replace(AUTH, "••••••ummy"), {}, ["masked-token"]],
    ["the same value for both tokens", `${GOOD} enrollencryptiontoken=${AUTH}`, {}, ["same-auth-and-encryption-token"]],
    ["typographic quotes", GOOD.replace('"NSClient.msi"', "“NSClient.msi”"), {}, ["typographic-quotes"]],
    ["an unterminated quote", GOOD.replace('"NSClient.msi"', '"NSClient.msi'), {}, ["unterminated-quote", "missing-host", "missing-org-key", "missing-enrollauthtoken", "missing-quiet"]],
    ["not an install command", "curl https://example.com", {}, ["not-an-install-command"]],
    // In-app: the current token compared by fingerprint.
    ["the current token (in-app)", `${GOOD} enrollencryptiontoken=${ENC}`, inApp, ["auth-token-current", "encryption-token-current"]],
    ["an old token (in-app)", GOOD.replace(AUTH, OLD), inApp, ["auth-token-not-current"]],
    ["an old encryption token (in-app)", `${GOOD} enrollencryptiontoken=${OLD}`, inApp, ["encryption-token-not-current", "auth-token-current"]],
    ["either of two tokens during a multi-token rotation", GOOD.replace(AUTH, OLD), { ...inApp, currentAuthFingerprints: [fingerprint(AUTH), fingerprint(OLD)] }, ["auth-token-current"]],
    ["no fingerprint comparison without a fingerprint function", GOOD.replace(AUTH, OLD), { currentAuthFingerprints: [fingerprint(AUTH)] }, []],
    // nsdiag -e
    ["a correct nsdiag push", `nsdiag -e enrollauthtoken=${AUTH} enrollencryptiontoken=${ENC}`, {}, []],
    ["the GTS article's nsdiag command", "Nsdiag.exe -e enrollauthtoken=xxxTokenGivenByUIxxx enrollencryptiontoken==xxxTokenGivenByUIxxx", {}, ["double-equals", "same-auth-and-encryption-token"]],
    ["nsdiag without -e", `nsdiag.exe enrollauthtoken=${AUTH}`, {}, ["nsdiag-missing-e"]],
    ["nsdiag without a token", "nsdiag -e", {}, ["missing-enrollauthtoken"]],
    ["nsdiag given install parameters", `nsdiag -e enrollauthtoken=${AUTH} host=${HOST} foo=1`, {}, ["param-ignored-by-nsdiag", "unknown-param"]],
    ["an unquoted nsdiag path", `C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe -e enrollauthtoken=${AUTH}`, {}, ["unquoted-path-with-spaces"]],
    ["an old token in an nsdiag push (in-app)", `nsdiag -e enrollauthtoken=${OLD}`, inApp, ["auth-token-not-current"]],
  ])("%s", (_label, command, context, codes) => {
    const { problems } = lintInstallCommand(command, context);
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) {
      seen.add(p.code);
      expect(p.message).not.toContain(AUTH);
      expect(p.message).not.toContain(OLD);
    }
  });

  it("covers every lint code in the table above", () => {
    expect(LINT_CODES.filter((c) => !seen.has(c))).toEqual([]);
  });

  it("orders problems by severity: errors, then warnings, then information", () => {
    const { problems } = lintInstallCommand(`msiexec /i a.msi host=acme.goskope.com token=ORG1 enrollauthtoken==${AUTH} autoupdate=on`);
    expect(problems.map((p) => [p.severity, p.code])).toEqual([
      ["error", "double-equals"],
      ["warning", "host-not-addon"],
      ["info", "unknown-param"],
      ["info", "missing-quiet"],
    ]);
  });

  it("returns the fields masked unless asked", () => {
    expect(lintInstallCommand(GOOD).fields.enrollAuthToken).toBe("••••••ummy");
    expect(lintInstallCommand(GOOD, { reveal: true }).fields.enrollAuthToken).toBe(AUTH);
  });

  it("names the parameter concerned for the UI", () => {
    const [problem] = lintInstallCommand(`${GOOD} enrollencryptiontoken==${ENC}`).problems;
    expect(problem).toMatchObject({ code: "double-equals", param: "enrollencryptiontoken" });
    expect(problem?.message).toContain("enrollencryptiontoken==");
  });
});
