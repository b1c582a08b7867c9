import { describe, expect, it } from "vitest";
import { commandFields, parseInstallCommand, type InstallCommandFields } from "./parse";
import { tokenize } from "./tokenize";

const AUTH = "abc123dummy123abc123dummy";

describe("tokenize", () => {
  it.each<[string, string[], boolean]>([
    ['msiexec /i "a b.msi" x=1', ["msiexec", "/i", "a b.msi", "x=1"], false],
    ['host="addon-a.goskope.com" y', ["host=addon-a.goskope.com", "y"], false],
    ["sudo /Library/Application\\ Support/nsdiag -e", ["sudo", "/Library/Application Support/nsdiag", "-e"], false],
    ["msiexec /i ^\n a.msi `\r\n /qn \\\n x=1", ["msiexec", "/i", "a.msi", "/qn", "x=1"], false],
    ["a 'b c' d", ["a", "b c", "d"], false],
    ['a "b c', ["a", "b c"], true],
    ["\t  spaced   out \n", ["spaced", "out"], false],
    ["", [], false],
  ])("%j", (command, words, unterminated) => {
    const t = tokenize(command);
    expect(t.words.map((w) => w.text)).toEqual(words);
    expect(t.unterminatedQuote).toBe(unterminated);
  });

  it("flags typographic quotes and still reads through them", () => {
    const t = tokenize("msiexec /i “NSClient.msi” x=‘1’");
    expect(t.words.map((w) => w.text)).toEqual(["msiexec", "/i", "NSClient.msi", "x=1"]);
    expect(t.words.map((w) => w.typographic)).toEqual([false, false, true, true]);
  });
});

const fieldsOf = (command: string) => commandFields(parseInstallCommand(command), { reveal: true });

describe("parseInstallCommand → fields", () => {
  it.each<[string, string, Partial<InstallCommandFields>]>([
    [
      "the runbook's single-user command",
      `msiexec /i "NSClient_124.0.5_Windows.msi" host=addon-acme.goskope.com token=ORG1 enrollauthtoken=${AUTH} /qn /l*v %PUBLIC%\\nscinstall.log`,
      { kind: "msiexec", msiPath: "NSClient_124.0.5_Windows.msi", host: "addon-acme.goskope.com", orgKey: "ORG1", enrollAuthToken: AUTH, quiet: true, logPath: "%PUBLIC%\\nscinstall.log" },
    ],
    [
      "the GTS article's multi-user command, /I upper case",
      "msiexec /I NSClient.msi host=addon-acme.eu.goskope.com token=ORGANIZATION_ID mode=peruserconfig enrollauthtoken=xxxTokenGivenByUIxxx enrollencryptiontoken=xxxTokenGivenByUIxxx",
      { msiPath: "NSClient.msi", mode: "peruserconfig", enrollEncryptionToken: "xxxTokenGivenByUIxxx", quiet: false, logPath: null },
    ],
    [
      "any order, upper-case keys, -i and /quiet",
      `MSIEXEC.EXE /quiet ENROLLAUTHTOKEN=${AUTH} -i NSClient.msi TOKEN=ORG1 Host=addon-acme.goskope.com`,
      { kind: "msiexec", msiPath: "NSClient.msi", host: "addon-acme.goskope.com", orgKey: "ORG1", enrollAuthToken: AUTH, quiet: true },
    ],
    [
      "IdP with a Prelogon user and quoted values",
      `msiexec /i "C:\\Deploy\\NS Client.msi" installmode=IDP tenant="acme" domain=goskope.com prelogonuser=svc@prelogon.netskope.com enrollauthtoken='${AUTH}' /qn`,
      { msiPath: "C:\\Deploy\\NS Client.msi", installMode: "IDP", idpTenant: "acme", idpDomain: "goskope.com", prelogonUser: "svc@prelogon.netskope.com", enrollAuthToken: AUTH },
    ],
    [
      "the GTS article's nsdiag command with `==`",
      "Nsdiag.exe -e enrollauthtoken=xxxTokenGivenByUIxxx enrollencryptiontoken==xxxTokenGivenByUIxxx",
      { kind: "nsdiag", enrollAuthToken: "xxxTokenGivenByUIxxx", enrollEncryptionToken: "xxxTokenGivenByUIxxx" },
    ],
    [
      "a PowerShell call of a quoted nsdiag path",
      `& "C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe" -e enrollauthtoken=${AUTH}`,
      { kind: "nsdiag", enrollAuthToken: AUTH },
    ],
    ["not a command we know", "setup.exe /S", { kind: "unknown" }],
  ])("%s", (_label, command, expected) => expect(fieldsOf(command)).toMatchObject(expected));

  it("records guesses: unquoted paths with spaces, `==`, repeated keys, stray words", () => {
    const parsed = parseInstallCommand(
      "C:\\Windows\\System32\\msiexec.exe /i C:\\Program Files\\NS\\NSClient.msi host=a host=b enrollauthtoken==x oops /l*v C:\\My Logs\\x.log",
    );
    expect(parsed.kind).toBe("msiexec");
    expect(parsed.msiPath).toBe("C:\\Program Files\\NS\\NSClient.msi");
    expect(parsed.logPath).toBe("C:\\My Logs\\x.log");
    expect(parsed.unquotedPaths).toEqual(["msi", "log"]);
    expect(parsed.params.map((p) => [p.key, p.value, p.doubleEquals])).toEqual([
      ["host", "a", false],
      ["host", "b", false],
      ["enrollauthtoken", "x", true],
    ]);
    expect(parsed.stray.map((w) => w.text)).toEqual(["oops"]);
    expect(fieldsOf("msiexec /i a.msi host=a host=b").host).toBe("b");
  });

  it("finds an unquoted program path with spaces", () => {
    const parsed = parseInstallCommand(`C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe -e enrollauthtoken=${AUTH}`);
    expect(parsed.kind).toBe("nsdiag");
    expect(parsed.unquotedPaths).toEqual(["program"]);
    expect(parsed.switches).toEqual(["-e"]);
  });

  it("masks the tokens and the org key in fields by default", () => {
    const fields = commandFields(parseInstallCommand(`msiexec /i a.msi token=ORG0123456789abcdef enrollauthtoken=${AUTH} enrollencryptiontoken=short`));
    expect(fields).toMatchObject({ orgKey: "••••••cdef", enrollAuthToken: "••••••ummy", enrollEncryptionToken: "••••••" });
  });
});
