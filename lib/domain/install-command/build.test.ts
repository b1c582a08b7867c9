import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { buildMsiexecCommand, buildNsdiagCommand, type MsiexecOptions } from "./build";
import { buildJamfParameters, parseJamfParameters } from "./jamf";
import { lintInstallCommand, lintParsedCommand } from "./lint";
import { maskToken } from "./mask";
import { commandFields } from "./parse";

const AUTH = "abc123dummy123abc123dummy";
const ENC = "enc456dummy456enc456dummy";
const ORG = "OrgKey0123456789wxyz";
const upn: MsiexecOptions = { installMode: "upn", addonHost: "addon-acme.eu.goskope.com", orgKey: ORG, authToken: AUTH, msiPath: "NSClient_124.0.5_Windows.msi" };

describe("maskToken", () => {
  it.each<[string, string]>([
    [AUTH, "••••••ummy"],
    ["  " + AUTH + "  ", "••••••ummy"],
    ["short-token", "••••••"],
    ["", ""],
  ])("%j → %j", (token, masked) => expect(maskToken(token)).toBe(masked));
});

describe("buildMsiexecCommand", () => {
  it.each<[string, MsiexecOptions, string]>([
    [
      "single user (the runbook's example)",
      upn,
      `msiexec /i "NSClient_124.0.5_Windows.msi" host=addon-acme.eu.goskope.com token=${ORG} enrollauthtoken=${AUTH} /qn /l*v %PUBLIC%\\nscinstall.log`,
    ],
    [
      "multi-user with an encryption token",
      { ...upn, multiUser: true, encryptionToken: ENC },
      `msiexec /i "NSClient_124.0.5_Windows.msi" host=addon-acme.eu.goskope.com token=${ORG} mode=peruserconfig enrollauthtoken=${AUTH} enrollencryptiontoken=${ENC} /qn /l*v %PUBLIC%\\nscinstall.log`,
    ],
    [
      "IdP with tenant, domain and a Prelogon user, log path with spaces",
      { installMode: "idp", idpTenant: "acme", idpDomain: "goskope.com", authToken: AUTH, prelogonUser: "svc-prelogon", logPath: "C:\\Program Data\\ns install.log" },
      `msiexec /i "NSClient.msi" installmode=IDP tenant=acme domain=goskope.com enrollauthtoken=${AUTH} prelogonuser=svc-prelogon@prelogon.netskope.com /qn /l*v "C:\\Program Data\\ns install.log"`,
    ],
    [
      "IdP keeping host and org key, no log, not quiet",
      { installMode: "idp", idpTenant: "acme", idpDomain: "eu.goskope.com", addonHost: "ADDON-acme.eu.goskope.com", orgKey: ORG, authToken: AUTH, logPath: null, quiet: false },
      `msiexec /i "NSClient.msi" host=addon-acme.eu.goskope.com token=${ORG} installmode=IDP tenant=acme domain=eu.goskope.com enrollauthtoken=${AUTH}`,
    ],
  ])("%s", (_label, options, expected) => {
    expect(buildMsiexecCommand(options, { reveal: true })).toBe(expected);
  });

  it("masks the tokens and the org key unless asked", () => {
    const masked = buildMsiexecCommand({ ...upn, encryptionToken: ENC });
    expect(masked).not.toContain(AUTH);
    expect(masked).not.toContain(ENC);
    expect(masked).not.toContain(ORG);
    expect(masked).toContain("enrollauthtoken=••••••ummy");
  });

  it("builds commands its own lint finds nothing wrong with, and parses back to its options", () => {
    const command = buildMsiexecCommand({ ...upn, multiUser: true, encryptionToken: ENC }, { reveal: true });
    const { fields, problems } = lintInstallCommand(command, { tenant: { addonHost: "addon-acme.eu.goskope.com" }, reveal: true });
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ host: "addon-acme.eu.goskope.com", orgKey: ORG, mode: "peruserconfig", enrollAuthToken: AUTH, enrollEncryptionToken: ENC, quiet: true });
  });

  it.each<[string, unknown]>([
    ["a token with a space", { ...upn, authToken: "abc def" }],
    ["the `==` typo", { ...upn, authToken: "=" + AUTH }],
    ["a quoted token", { ...upn, authToken: `"${AUTH}"` }],
    ["no host in UPN mode", { ...upn, addonHost: undefined }],
    ["a host with a path", { ...upn, addonHost: "https://addon-acme.goskope.com/" }],
    ["IdP without a tenant", { installMode: "idp", idpDomain: "goskope.com", authToken: AUTH }],
    ["an unknown option", { ...upn, extra: true }],
  ])("rejects %s", (_label, options) => {
    expect(() => buildMsiexecCommand(options as MsiexecOptions)).toThrow(ZodError);
  });
});

describe("buildNsdiagCommand", () => {
  it.each<[Parameters<typeof buildNsdiagCommand>[0], string]>([
    [{ os: "windows", authToken: AUTH }, `"C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe" -e enrollauthtoken=${AUTH}`],
    [{ os: "windows", authToken: AUTH, encryptionToken: ENC }, `"C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe" -e enrollauthtoken=${AUTH} enrollencryptiontoken=${ENC}`],
    [{ os: "macos", authToken: AUTH }, `"/Library/Application Support/Netskope/STAgent/nsdiag" -e enrollauthtoken=${AUTH}`],
    [{ os: "macos", authToken: AUTH, sudo: true }, `sudo "/Library/Application Support/Netskope/STAgent/nsdiag" -e enrollauthtoken=${AUTH}`],
  ])("%j", (options, expected) => {
    const command = buildNsdiagCommand(options, { reveal: true });
    expect(command).toBe(expected);
    expect(lintInstallCommand(command).problems).toEqual([]);
  });

  it("masks by default and never prints a single `=` twice", () => {
    const command = buildNsdiagCommand({ os: "windows", authToken: AUTH, encryptionToken: ENC });
    expect(command).toContain("enrollencryptiontoken=••••••ummy");
    expect(command).not.toContain("==");
  });
});

describe("Jamf script parameters", () => {
  it("builds $4–$11 for UPN, multi-user and IdP", () => {
    expect(buildJamfParameters({ installMode: "upn", addonHost: "addon-acme.goskope.com", orgKey: ORG, authToken: AUTH, encryptionToken: ENC }, { reveal: true })).toEqual({
      $4: "addon-acme.goskope.com",
      $5: ORG,
      $6: "upn",
      $7: `enrollauthtoken=${AUTH}`,
      $8: `enrollencryptiontoken=${ENC}`,
      $9: "",
      $10: "",
      $11: "",
    });
    expect(buildJamfParameters({ installMode: "upn", addonHost: "addon-acme.goskope.com", orgKey: ORG, authToken: AUTH, multiUser: true }).$6).toBe("peruserconfig");
    const idp = buildJamfParameters({ installMode: "idp", idpDomain: "goskope.com", idpTenant: "acme", authToken: AUTH });
    expect([idp.$4, idp.$5, idp.$6, idp.$7, idp.$8]).toEqual(["idp", "goskope.com", "acme", "enrollauthtoken=••••••ummy", ""]);
  });

  it("reads parameters back and lints them like a command", () => {
    const params = buildJamfParameters({ installMode: "upn", addonHost: "addon-acme.goskope.com", orgKey: ORG, authToken: AUTH, multiUser: true }, { reveal: true });
    const parsed = parseJamfParameters(params);
    expect(commandFields(parsed, { reveal: true })).toMatchObject({ kind: "jamf", host: "addon-acme.goskope.com", orgKey: ORG, mode: "peruserconfig", enrollAuthToken: AUTH });
    expect(lintParsedCommand(parsed, { tenant: { addonHost: "addon-acme.goskope.com" } }).problems).toEqual([]);
    const typo = lintParsedCommand(parseJamfParameters({ $4: "addon-acme.goskope.com", $5: ORG, $6: "upn", $7: `enrollauthtoken==${AUTH}`, $8: "stray" }));
    expect(typo.problems.map((p) => p.code)).toEqual(["double-equals", "unexpected-token"]);
    const idp = lintParsedCommand(parseJamfParameters({ $4: "IDP", $5: "goskope.com" }));
    expect(idp.problems.map((p) => p.code)).toEqual(["missing-idp-tenant", "auth-token-optional-idp"]);
  });
});
