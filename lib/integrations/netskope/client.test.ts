// Contract tests: the Netskope client against the simulator (test scenario), real clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/simulators/index";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { createMemoryLogger } from "../logger";
import { createNetskopeClient, type NetskopeClient } from "./client";

let sim: RunningSimulator;
let ns: NetskopeClient;
const logger = createMemoryLogger();

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  ns = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(TEST.acme.slug), apiToken: TEST.acme.rwToken, v1Token: TEST.acme.v1Token, logger });
});

describe("token sets", () => {
  it("lists the tenant's token set with its value, expiry and enforcement", async () => {
    expect(await ns.listTokenSets()).toEqual([{ id: 1, createdAt: "2025-12-01T00:00:00.000Z", authToken: TEST.acme.currentToken, encryptionToken: null, validUntil: "2026-03-10T00:00:00.000Z", enforced: true }]);
  });

  it("regenerates the auth token to a new value, then the encryption token", async () => {
    const auth = await ns.regenerateToken(1, "auth");
    expect(auth.authToken).not.toBe(TEST.acme.currentToken);
    expect(auth.authToken).toMatch(/^[A-Za-z0-9]{40}$/);
    const encryption = await ns.regenerateToken(1, "encryption");
    expect(encryption.encryptionToken).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(encryption.authToken).toBe(auth.authToken);
    expect((await ns.listTokenSets())[0]?.authToken).toBe(auth.authToken);
  });

  it("sets enforcement and extends validity; refuses to shorten it", async () => {
    expect((await ns.setEnforceStatus(1, false)).enforced).toBe(false);
    const extended = await ns.setTokenSetValidity(1, 120);
    expect(Date.parse(extended.validUntil ?? "")).toBeGreaterThan(Date.parse("2026-06-01T00:00:00Z"));
    await expect(ns.setTokenSetValidity(1, 90)).rejects.toMatchObject({ code: "upstream", status: 400, message: expect.stringContaining("can only be extended") });
  });

  it("refuses a second token set without multi-token, allows it with multi-token", async () => {
    await expect(ns.createTokenSet()).rejects.toMatchObject({ code: "upstream", status: 400 });
    const globex = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(TEST.globex.slug), apiToken: TEST.globex.rwToken });
    const created = await globex.createTokenSet();
    expect(created).toMatchObject({ id: 5, enforced: false, encryptionToken: null });
    expect(await globex.listTokenSets()).toHaveLength(2);
  });

  it("deletes one token (the rest comes back), then the last one (nothing comes back), then a set", async () => {
    const globex = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(TEST.globex.slug), apiToken: TEST.globex.rwToken });
    expect(await globex.deleteToken(4, "encryption")).toMatchObject({ id: 4, encryptionToken: null });
    expect(await globex.deleteToken(4, "auth")).toBeNull();
    expect(await globex.listTokenSets()).toEqual([]);
    await ns.deleteTokenSet(1);
    expect(await ns.listTokenSets()).toEqual([]);
    await expect(ns.deleteTokenSet(1)).rejects.toMatchObject({ code: "not_found" });
  });

  it("reports a bad token as unauthorized and a read-only token as forbidden", async () => {
    const bad = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: "not-a-real-token-000" });
    await expect(bad.listTokenSets()).rejects.toMatchObject({ code: "unauthorized", status: 401 });
    const readOnly = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.readOnlyToken });
    await expect(readOnly.listTokenSets()).rejects.toMatchObject({ code: "forbidden", status: 403 });
  });

  it("also authenticates with Authorization: Bearer [sdk]", async () => {
    const bearer = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.rwToken, authScheme: "bearer" });
    expect(await bearer.listTokenSets()).toHaveLength(1);
  });
});

describe("client status", () => {
  it("pages datasearch with offset/limit and gets one record per device user", async () => {
    const records = await ns.searchClientStatus({ startTime: new Date("2026-01-01T00:00:00Z"), endTime: new Date("2026-03-01T00:00:00Z"), pageSize: 3 });
    // 7 devices, one with two users; the kiosk (last seen 2026-01-10) is inside the window too.
    expect(records).toHaveLength(8);
    expect(sim.requestLog.count("GET", "/netskope/acme/api/v2/events/datasearch/clientstatus")).toBe(3);
    expect(new Set(records.map((record) => record.nsdeviceuid)).size).toBe(7);
  });

  it("filters datasearch by query and window", async () => {
    const macs = await ns.searchClientStatus({ startTime: 0, endTime: Date.parse("2026-03-01T00:00:00Z") / 1000, query: "host_info.os eq 'Mac OS X'" });
    expect(macs.map((record) => record.hostname).sort()).toEqual(["acme-mbp-0004", "acme-mbp-0005"]);
    const recent = await ns.searchClientStatus({ startTime: new Date("2026-02-01T00:00:00Z"), endTime: new Date("2026-03-01T00:00:00Z") });
    expect(recent.some((record) => record.hostname === "ACME-KIOSK-07")).toBe(false);
  });

  it("exports the same records through the CSV iterator, and deletes the iterator", async () => {
    const viaSearch = await ns.searchClientStatus({ startTime: 0, endTime: 2_000_000_000 });
    const viaExport = await ns.exportClientStatus({ iteratorName: "contract-export", pollIntervalMs: 5 });
    expect(viaExport).toEqual(viaSearch);
    expect(sim.requestLog.count("DELETE", "/netskope/acme/api/v2/events/dataexport/iterator/contract-export")).toBe(1);
    expect(sim.state.netskope.get("acme")?.iterators.size).toBe(0);
  });

  it("recovers a page whose answer was lost after the cursor moved, via operation=resend", async () => {
    sim.state.netskope.get("acme")!.exportPageSize = 3;
    sim.faults.add({ method: "GET", path: "/netskope/acme/api/v2/events/dataexport/iterator/*/events", kind: "status", status: 502, phase: "after", skip: 1, times: 1 });
    const records = await ns.exportClientStatus({ iteratorName: "resend-export", pollIntervalMs: 5 });
    expect(records).toHaveLength(8);
    expect(new Set(records.map((record) => `${record.nsdeviceuid}|${record.user?.username}`)).size).toBe(8);
    const pages = sim.requestLog.entries().filter((entry) => entry.path.endsWith("/events"));
    expect(pages.map((entry) => `${entry.query} ${entry.status}`)).toEqual(["?operation=next 200", "?operation=next 502", "?operation=resend 200", "?operation=next 200", "?operation=next 200"]);
  });

  it("sends next again when the failed next never ran (resend returns the page already read)", async () => {
    sim.state.netskope.get("acme")!.exportPageSize = 3;
    // Faults are tried in order: the first takes request 1; the second sees requests 2.. and fails the 4th.
    sim.faults.add({ method: "GET", path: "/netskope/acme/api/v2/events/dataexport/iterator/*/events", kind: "status", status: 500, times: 1 });
    sim.faults.add({ method: "GET", path: "/netskope/acme/api/v2/events/dataexport/iterator/*/events", kind: "status", status: 503, skip: 2, times: 1 });
    const records = await ns.exportClientStatus({ iteratorName: "before-export", pollIntervalMs: 5 });
    expect(new Set(records.map((record) => `${record.nsdeviceuid}|${record.user?.username}`)).size).toBe(8);
    expect(records).toHaveLength(8);
    const pages = sim.requestLog.entries().filter((entry) => entry.path.endsWith("/events"));
    expect(pages.map((entry) => `${entry.query} ${entry.status}`)).toEqual([
      "?operation=next 500",
      "?operation=resend 200",
      "?operation=next 200",
      "?operation=next 503",
      "?operation=resend 200",
      "?operation=next 200",
      "?operation=next 200",
      "?operation=next 200",
    ]);
  });

  it("lists v1 clients with their users", async () => {
    const devices = await ns.listV1Clients({ pageSize: 4 });
    expect(devices).toHaveLength(7);
    expect(devices.find((device) => device.hostname === "ACME-WS-0001")?.userCount).toBe(2);
  });

  it("reports a bad v1 token, answered as HTTP 200 with an error body, as an error", async () => {
    const bad = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.rwToken, v1Token: "wrong-v1-token-0000" });
    await expect(bad.listV1Clients()).rejects.toMatchObject({ code: "upstream", status: 200, message: expect.stringContaining("Invalid token") });
  });
});

describe("device classification and tags", () => {
  it("creates and lists tags and rules", async () => {
    expect(await ns.createClassificationTags([{ name: "token-missing" }])).toEqual(["2"]);
    expect((await ns.listClassificationTags()).map((tag) => tag.name)).toEqual(["token-present", "token-missing"]);
    const conditions = { $and: [{ $and: [{ $or: [{ device_tag_check: { tags: [1] } }] }] }] };
    expect(await ns.createClassificationRules([{ name: "has token", label: "token-present", os: "windows", conditions }])).toEqual(["1"]);
    expect(await ns.listClassificationRules()).toEqual([{ id: "1", name: "has token", label: "token-present", os: "windows", conditions }]);
  });

  it("bulk-replaces device tags 100 devices a call", async () => {
    const devices = Array.from({ length: 250 }, (_, i) => ({ nsdeviceuid: i === 0 ? TEST.acme.device("ACME-WS-0001") : `unknown-${i}`, userkey: "uk", hostname: `h${i}` }));
    expect(await ns.replaceDeviceTags({ tagIds: ["1"], devices })).toEqual({ calls: 3, devices: 250 });
    expect(sim.requestLog.count("POST", "/netskope/acme/api/v2/devices/device/tags/bulkreplace")).toBe(3);
    expect(sim.state.netskope.get("acme")?.deviceTags.get(TEST.acme.device("ACME-WS-0001"))).toEqual([1]);
    await expect(ns.replaceDeviceTags({ tagIds: ["1", "2", "3", "4", "5", "6"], devices })).rejects.toThrow(RangeError);
  });
});

describe("testConnection", () => {
  it("reports every capability as ok with rate-limit headers for a full token", async () => {
    const report = await ns.testConnection();
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual([
      "auth:ok",
      "enrollment.tokenset.rw:ok",
      "events.clientstatus.read:ok",
      "events.dataexport.read:ok",
      "deviceclassification.read:ok",
      "devices.tags.write:skipped",
      "v1.clients.read:ok",
      "rate-limit:ok",
    ]);
    expect(report.rateLimits[0]).toMatchObject({ endpoint: "enrollment/tokenset", limit: 4 });
  });

  it("says exactly what a read-only token lacks", async () => {
    const readOnly = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.readOnlyToken });
    const report = await readOnly.testConnection();
    expect(report.ok).toBe(false);
    const status = Object.fromEntries(report.checks.map((check) => [check.id, [check.status, check.code]]));
    expect(status).toMatchObject({ auth: ["ok", undefined], "enrollment.tokenset.rw": ["failed", "forbidden"], "events.clientstatus.read": ["ok", undefined], "deviceclassification.read": ["ok", undefined] });
  });

  it("stops at authentication for a bad token", async () => {
    const bad = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: "not-a-real-token-000" });
    const report = await bad.testConnection();
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual(["auth:failed", "enrollment.tokenset.rw:failed"]);
  });
});

describe("logs", () => {
  it("never contain the API tokens or enrollment token values", () => {
    const text = JSON.stringify(logger.records);
    expect(logger.records.length).toBeGreaterThan(10);
    for (const secret of [TEST.acme.rwToken, TEST.acme.v1Token, TEST.acme.currentToken]) expect(text).not.toContain(secret);
  });
});
