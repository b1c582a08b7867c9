import { describe, expect, it } from "vitest";
import { MASK } from "@/lib/domain/install-command";
import { checkCommand } from "./check";

const TOKEN = "AbCdEfGhIjKlMnOpQrSt7Qx2";
const good = `msiexec /i "NSClient.msi" host=addon-acme.eu.goskope.com token=OrgKeyOrgKeyOrg1 enrollauthtoken=${TOKEN} /qn /l*v "%PUBLIC%\\nscinstall.log"`;

describe("checkCommand", () => {
  it("says nothing about an empty command", () => {
    expect(checkCommand("   ", "")).toBeNull();
  });

  it("masks the tokens and the org key in the fields", () => {
    const result = checkCommand(good, "");
    expect(result?.fields.host).toBe("addon-acme.eu.goskope.com");
    expect(result?.fields.enrollAuthToken).toBe(`${MASK}7Qx2`);
    expect(result?.fields.orgKey?.startsWith(MASK)).toBe(true);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it("groups problems by severity, errors first, and leaves out empty groups", () => {
    const result = checkCommand("msiexec /i NSClient.msi host=addon-acme.goskope.com enrollauthtoken==abc", "");
    const severities = result?.groups.map((g) => g.severity) ?? [];
    expect(severities[0]).toBe("error");
    expect([...severities].sort()).toEqual([...new Set(severities)].sort());
    expect(result?.groups.every((g) => g.problems.length > 0 && g.problems.every((p) => p.severity === g.severity))).toBe(true);
    expect(result?.groups[0]?.problems.map((p) => p.code)).toContain("double-equals");
  });

  it("compares the host only when an addon host is given", () => {
    const codes = (host: string) => checkCommand(good, host)?.groups.flatMap((g) => g.problems.map((p) => p.code)) ?? [];
    expect(codes("")).not.toContain("host-tenant-mismatch");
    expect(codes("addon-other.eu.goskope.com")).toContain("host-tenant-mismatch");
    expect(codes(" addon-acme.eu.goskope.com ")).not.toContain("host-tenant-mismatch");
  });
});
