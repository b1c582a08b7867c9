// The connection forms' rules: https everywhere except a loopback simulator, https-only Entra
// authorities, Netskope URLs ending in /api/v2, empty secrets meaning "keep", errors as codes.
import { describe, expect, it } from "vitest";
import { MdmConnectionInput, TenantApiInput, vendorUrlProblem } from "./inputs";

describe("vendorUrlProblem", () => {
  it.each([
    ["https://acme.goskope.com/api/v2", {}, null],
    ["http://127.0.0.1:4010/netskope/acme/api/v2", {}, null],
    ["http://localhost:4010/graph", {}, null],
    ["http://[::1]:4010/graph", {}, null],
    ["http://acme.goskope.com/api/v2", {}, "url_https"],
    ["http://10.0.0.5/graph", {}, "url_https"],
    ["http://127.0.0.1:4010", { httpsOnly: true }, "url_https_only"],
    ["https://127.0.0.1:4010", { httpsOnly: true }, null],
    ["ftp://acme.example", {}, "url_https"],
    ["acme.goskope.com", {}, "url_invalid"],
    ["https://user:pw@acme.goskope.com/api/v2", {}, "url_credentials"],
    ["https://acme.goskope.com/api/v2?token=x", {}, "url_query"],
  ] as const)("%s %o → %s", (url, options, expected) => {
    expect(vendorUrlProblem(url, options)).toBe(expected);
  });
});

describe("TenantApiInput", () => {
  it("trims, drops a trailing slash and treats an empty token as 'keep'", () => {
    expect(TenantApiInput.parse({ tenantId: "t1", apiBaseUrl: " https://acme.goskope.com/api/v2/ ", apiToken: "  " })).toEqual({ tenantId: "t1", apiBaseUrl: "https://acme.goskope.com/api/v2" });
  });
  it("names each problem as a code the form translates", () => {
    const result = TenantApiInput.safeParse({ tenantId: "t1", apiBaseUrl: "https://acme.goskope.com", apiToken: "has space" });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.apiBaseUrl).toEqual(["netskope_api_v2"]);
    expect(errors.apiToken).toEqual(["secret_whitespace"]);
  });
});

describe("MdmConnectionInput", () => {
  const intune = { kind: "INTUNE", name: "Contoso", baseUrl: "https://graph.microsoft.com", authorityUrl: "https://login.microsoftonline.com", directoryId: "11111111-2222-4333-8444-555555555555", clientId: "abc", clientSecret: "s3cret" };
  it("accepts an Intune registration and a Jamf API client", () => {
    expect(MdmConnectionInput.parse(intune).kind).toBe("INTUNE");
    expect(MdmConnectionInput.parse({ kind: "JAMF", name: "Jamf", baseUrl: "https://acme.jamfcloud.com", clientId: "c", clientSecret: "" })).toMatchObject({ kind: "JAMF", clientSecret: undefined });
  });
  it("refuses an http authority even on loopback (MSAL needs https) and a blank name", () => {
    const result = MdmConnectionInput.safeParse({ ...intune, name: " ", authorityUrl: "http://127.0.0.1:4010" });
    const errors = result.error!.flatten().fieldErrors as Record<string, string[]>;
    expect(errors.authorityUrl).toEqual(["url_https_only"]);
    expect(errors.name).toEqual(["required"]);
  });
});
