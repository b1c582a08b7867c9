import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWith } from "../http-support";
import { buildPolicyScriptsXml, parseXml } from "./policy-xml";
import { ComputerPayload, PolicyListXml, PolicyXml, resultsPage, ScriptPayload, TokenPayload } from "./schemas";
import { toJamfComputer, toJamfPolicy, toJamfPolicySummaries, toJamfScript } from "./transform";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const policyOf = (xml: string) => toJamfPolicy(parseWith(PolicyXml, parseXml(xml), "jamf", "p"));

describe("jamf JSON transforms", () => {
  it("validates the OAuth token response", () => {
    expect(parseWith(TokenPayload, JSON.parse(fixture("oauth-token.json")), "jamf", "t")).toMatchObject({ token_type: "Bearer", expires_in: 1199 });
    expect(() => parseWith(TokenPayload, { access_token: "" }, "jamf", "t")).toThrow(/unexpected response shape/);
  });

  it("maps scripts with parameter labels, dropping empty and null ones", () => {
    const page = parseWith(resultsPage(ScriptPayload), JSON.parse(fixture("scripts-page.json")), "jamf", "s");
    const [install, nsdiag] = page.results.map(toJamfScript);
    expect(install).toEqual({ id: "1", name: "Netskope Client - install", contents: expect.stringContaining("netskope-install"), parameterLabels: { 4: "Addon host", 5: "Org key", 6: "upn or peruserconfig", 7: "enrollauthtoken=<token>" } });
    expect(nsdiag).toMatchObject({ id: "2", parameterLabels: { 4: "Authentication token" } });
    // The loose schema keeps unmodelled fields for a full PUT.
    expect(page.results[0]).toMatchObject({ categoryId: "-1", priority: "AFTER" });
  });

  it("maps computers, tolerating absent sections", () => {
    const computers = parseWith(resultsPage(ComputerPayload), JSON.parse(fixture("computers-inventory.json")), "jamf", "c").results.map(toJamfComputer);
    expect(computers).toEqual([
      { id: "1", name: "acme-mbp-0004", serialNumber: "C02AAAA0004", udid: "6C4E2B1A-0000-4000-8000-000000000004", osVersion: "14.5", lastContactAt: "2026-02-28T11:00:00.123Z", managementId: "7a9c1e3b-5d7f-4a1c-8e3b-5d7f9a1c3e5b" },
      { id: "2", name: "acme-mbp-0005", serialNumber: null, udid: "6C4E2B1A-0000-4000-8000-000000000005", osVersion: null, lastContactAt: null, managementId: null },
      { id: "3", name: null, serialNumber: null, udid: null, osVersion: null, lastContactAt: null, managementId: null },
    ]);
  });
});

describe("jamf Classic XML", () => {
  it("reads a policy: scripts with their parameters (as strings), scope and state", () => {
    expect(policyOf(fixture("policy.xml"))).toEqual({
      id: "10",
      name: "Netskope Client - install & enroll",
      enabled: true,
      scripts: [
        { id: "1", name: "Netskope Client - install", priority: "After", parameters: { 4: "addon-acme.eu.goskope.com", 5: "ACMEORGKEY01", 6: "upn", 7: "enrollauthtoken=u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq" } },
        { id: "3", name: "Inventory", priority: "Before", parameters: { 4: "0123" } },
      ],
      scope: { allComputers: false, computerIds: ["1", "2"], computerGroupIds: ["7"] },
    });
  });

  it("reads a pretty-printed policy with a single script as a list", () => {
    const policy = policyOf(fixture("policy-single-script.xml"));
    expect(policy).toMatchObject({ id: "11", enabled: false, scope: { allComputers: true, computerIds: [], computerGroupIds: [] } });
    expect(policy.scripts).toEqual([{ id: "2", name: "Netskope - nsdiag enroll token", priority: "After", parameters: { 4: "u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq" } }]);
  });

  it("reads policy lists, empty or not", () => {
    expect(toJamfPolicySummaries(parseWith(PolicyListXml, parseXml(fixture("policies.xml")), "jamf", "l"))).toEqual([
      { id: "10", name: "Netskope Client - install & enroll" },
      { id: "11", name: "Netskope - push enrollment token (nsdiag)" },
    ]);
    expect(toJamfPolicySummaries(parseWith(PolicyListXml, parseXml(fixture("policies-empty.xml")), "jamf", "l"))).toEqual([]);
  });

  it("builds the <scripts> document with every parameter slot, escaping what XML needs", () => {
    const xml = buildPolicyScriptsXml([{ id: "1", priority: "After", parameters: { 4: "a&b", 7: 'enrollauthtoken=<x>"y\'' } }]);
    expect(xml).toContain("<parameter4>a&amp;b</parameter4>");
    expect(xml).toContain("<parameter7>enrollauthtoken=&lt;x&gt;&quot;y&apos;</parameter7>");
    expect(xml).toContain("<parameter11></parameter11>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><policy><scripts><size>1</size>')).toBe(true);
  });

  it("round-trips any parameter values through build and parse", () => {
    const value = fc.string({ unit: fc.constantFrom("a", "Z", "0", "&", "<", ">", '"', "'", "=", " ", "é", ";") }).filter((s) => s.trim() === s);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("4", "5", "6", "7", "8", "9", "10", "11"), value), (params) => {
        const parameters = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "")) as Record<number, string>;
        const xml = buildPolicyScriptsXml([{ id: "5", parameters }]).replace("<policy>", "<policy><general><id>1</id><name>p</name><enabled>true</enabled></general>");
        expect(policyOf(xml).scripts[0]?.parameters).toEqual(Object.fromEntries(Object.entries(parameters).map(([k, v]) => [Number(k), v])));
      }),
    );
  });
});
