import { checkGate, GATES, nsdiagGate, parseClientVersion } from "@/lib/domain/client-version";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario";
import { demoScenario } from "./demo";

const NOW = new Date("2026-11-23T09:00:00Z");
const DAY = 86_400_000;
const demo = demoScenario(42, NOW);
const devices = demo.netskope.tenants.flatMap((tenant) => tenant.devices);
const tenant = (slug: string) => {
  const found = demo.netskope.tenants.find((item) => item.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};

describe("demoScenario", () => {
  it("is deterministic for a seed and a now, and different for another seed", () => {
    expect(demoScenario(42, NOW)).toEqual(demo);
    expect(demoScenario(43, NOW)).not.toEqual(demo);
    expect(demoScenario(42, "2026-11-23T09:00:00Z")).toEqual(demo);
  });

  it("is a valid scenario, unchanged by validation (no hidden defaults)", () => {
    expect(parseScenario(structuredClone(demo))).toEqual(demo);
  });

  it("has three tenants in three regions and three states", () => {
    expect(demo.netskope.tenants.map((item) => [item.slug, item.region])).toEqual([["acme", "eu"], ["globex", "uk"], ["initech", "jp"]]);
    const acme = tenant("acme");
    expect(acme.tokenSets).toHaveLength(1);
    expect(acme.tokenSets[0]).toMatchObject({ enforced: true, validTill: new Date(NOW.getTime() + 9 * DAY).toISOString() });
    expect(tenant("globex").tokenSets.map((set) => set.enforced)).toEqual([false]);
    const initech = tenant("initech");
    expect(initech.multiToken).toBe(true);
    expect(initech.tokenSets.length).toBeGreaterThanOrEqual(2);
  });

  it("has a few hundred devices across Windows and macOS with realistic client versions", () => {
    expect(devices.length).toBeGreaterThanOrEqual(300);
    expect(devices.length).toBeLessThanOrEqual(500);
    const windows = devices.filter((device) => device.os === "windows");
    const macs = devices.filter((device) => device.os === "macos");
    expect(windows.length / devices.length).toBeGreaterThan(0.5);
    const majors = devices.map((device) => parseClientVersion(device.clientVersion)?.major ?? 0);
    expect(Math.min(...majors)).toBeGreaterThanOrEqual(110);
    expect(Math.max(...majors)).toBeLessThanOrEqual(126);
    expect(majors.filter((major) => major >= 124).length / majors.length).toBeGreaterThan(0.3);
    expect(devices.some((device) => checkGate(device.clientVersion, GATES.enrollWhileNotEnforced) === "no")).toBe(true);
    for (const item of demo.netskope.tenants) {
      expect(item.devices.some((device) => device.os === "windows" && checkGate(device.clientVersion, nsdiagGate("windows")) === "no")).toBe(true);
      expect(item.devices.some((device) => device.os === "macos" && checkGate(device.clientVersion, nsdiagGate("macos")) === "no")).toBe(true);
    }
    expect(macs.every((device) => device.make === "Apple")).toBe(true);
  });

  it("mixes install modes, single and multi-user devices, NPA prelogon and held tokens", () => {
    expect(new Set(devices.map((device) => device.installMode))).toEqual(new Set(["upn", "idp", "email-invite"]));
    const multi = devices.filter((device) => device.multiUser);
    expect(multi.length).toBeGreaterThan(20);
    expect(multi.every((device) => device.users.length >= 2)).toBe(true);
    expect(devices.filter((device) => !device.multiUser).every((device) => device.users.length === 1)).toBe(true);
    expect(devices.some((device) => device.npaPrelogon)).toBe(true);
    const acme = tenant("acme");
    const current = acme.tokenSets[0]?.authToken;
    const held = new Set(acme.devices.map((device) => (device.heldAuthToken === current ? "current" : device.heldAuthToken === null ? "none" : "other")));
    expect(held).toEqual(new Set(["current", "none", "other"]));
  });

  it("puts the current token in MDM install commands, with one drifted Intune app and one drifted Jamf policy", () => {
    const acme = tenant("acme");
    const acmeApps = demo.intune.tenants[0]?.win32Apps ?? [];
    const current = acme.tokenSets[0]?.authToken ?? "";
    expect(acmeApps.filter((app) => app.installCommandLine.includes(`enrollauthtoken=${current}`)).length).toBe(acmeApps.length - 1);
    expect(acmeApps.filter((app) => !app.installCommandLine.includes(current))).toHaveLength(1);
    expect(acmeApps.every((app) => app.installCommandLine.includes(`host=addon-acme.eu.goskope.com token=${acme.orgKey}`))).toBe(true);
    const initechJamf = demo.jamf.instances.find((instance) => instance.name === "initech");
    const newest = tenant("initech").tokenSets[1]?.authToken ?? "";
    const installs = initechJamf?.policies.filter((policy) => policy.scripts.some((script) => script.parameters["7"]?.startsWith("enrollauthtoken="))) ?? [];
    expect(installs.map((policy) => policy.scripts[0]?.parameters["7"] === `enrollauthtoken=${newest}`)).toEqual([true, false]);
  });

  it("links MDM records to Netskope devices and keeps managed-device ids unique", () => {
    const managed = demo.intune.tenants.flatMap((item) => item.managedDevices);
    expect(new Set(managed.map((device) => device.id)).size).toBe(managed.length);
    const uids = new Set(devices.map((device) => device.nsdeviceuid));
    expect(uids.size).toBe(devices.length);
    expect(managed.filter((device) => device.nsdeviceuid).every((device) => uids.has(device.nsdeviceuid ?? ""))).toBe(true);
    const computers = demo.jamf.instances.flatMap((instance) => instance.computers);
    expect(computers.length).toBe(devices.filter((device) => device.os === "macos" && !device.hostname.startsWith("acme")).length);
  });
});
