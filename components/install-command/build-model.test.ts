import { describe, expect, it } from "vitest";
import { MASK } from "@/lib/domain/install-command";
import { buildFromState } from "./build-command";
import { builderFields, INITIAL_BUILDER, type BuilderState } from "./build-model";

const TOKEN = "AbCdEfGhIjKlMnOpQrSt7Qx2";
const upn: BuilderState = { ...INITIAL_BUILDER, addonHost: "addon-acme.eu.goskope.com", orgKey: "OrgKeyOrgKeyOrg1", authToken: TOKEN };

describe("builderFields", () => {
  it("Windows UPN needs host, org key and token; the rest is optional", () => {
    const fields = builderFields({ os: "windows", installMode: "upn" });
    expect(fields.filter((f) => f.required).map((f) => f.field)).toEqual(["addonHost", "orgKey", "authToken"]);
    expect(fields.map((f) => f.field)).toContain("logPath");
  });

  it("the Jamf IdP script takes domain, tenant and tokens only", () => {
    expect(builderFields({ os: "macos", installMode: "idp" }).map((f) => f.field)).toEqual(["idpTenant", "idpDomain", "authToken", "encryptionToken"]);
  });
});

describe("buildFromState", () => {
  it("lists the missing required fields of an empty form", () => {
    expect(buildFromState(INITIAL_BUILDER, false)).toEqual({ ok: false, missing: ["addonHost", "orgKey", "authToken"], invalid: [] });
  });

  it("reports a value that is present but malformed as invalid", () => {
    const out = buildFromState({ ...upn, addonHost: "not a host", authToken: "=abc" }, false);
    expect(out).toEqual({ ok: false, missing: [], invalid: ["addonHost", "authToken"] });
  });

  it("composes a masked msiexec command, or the real one when asked", () => {
    const masked = buildFromState({ ...upn, multiUser: true }, false);
    expect(masked.ok && masked.kind === "msiexec" && masked.command).toContain(`enrollauthtoken=${MASK}7Qx2`);
    expect(JSON.stringify(masked)).not.toContain(TOKEN);
    const real = buildFromState({ ...upn, multiUser: true }, true);
    expect(real.ok && real.kind === "msiexec" && real.command).toContain(`mode=peruserconfig enrollauthtoken=${TOKEN}`);
  });

  it("leaves out the log switch when the log path is emptied", () => {
    const out = buildFromState({ ...upn, logPath: "" }, true);
    expect(out.ok && out.kind === "msiexec" && out.command).not.toContain("/l*v");
  });

  it("fills the Jamf parameters $4–$11 for macOS", () => {
    const out = buildFromState({ ...upn, os: "macos", multiUser: true, prelogonUser: "ignored" }, true);
    expect(out.ok && out.kind === "jamf" && out.parameters).toMatchObject({
      $4: "addon-acme.eu.goskope.com",
      $5: "OrgKeyOrgKeyOrg1",
      $6: "peruserconfig",
      $7: `enrollauthtoken=${TOKEN}`,
      $8: "",
    });
  });

  it("builds the IdP forms", () => {
    const idp = { ...INITIAL_BUILDER, installMode: "idp" as const, idpTenant: "acme", idpDomain: "acme.example.com", authToken: TOKEN };
    const win = buildFromState(idp, true);
    expect(win.ok && win.kind === "msiexec" && win.command).toContain("installmode=IDP tenant=acme domain=acme.example.com");
    const mac = buildFromState({ ...idp, os: "macos", multiUser: true }, true);
    expect(mac.ok && mac.kind === "jamf" && mac.parameters).toMatchObject({ $4: "idp", $5: "acme.example.com", $6: "acme" });
  });
});
