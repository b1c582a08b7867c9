import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvToRecords } from "../csv";
import { parseWith } from "../http-support";
import { ClassificationRulePayload, ClassificationTagPayload, ClientStatusPayload, CreatedIdsPayload, DataSearchPayload, listEnvelope, TokenSetItemPayload, TokenSetListPayload, V1ClientsPayload } from "./schemas";
import { toClassificationRule, toClassificationTag, toClientStatusDevice, toTokenSet, toV1ClientDevice } from "./transform";
import { netskopeErrorInBody } from "./context";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const json = (name: string): unknown => JSON.parse(fixture(name));

describe("netskope token set transform", () => {
  it("maps the bare-array list, with empty encryption tokens as null and enforce 0/1 as booleans", () => {
    const sets = parseWith(TokenSetListPayload, json("tokenset-list.json"), "netskope", "t").map(toTokenSet);
    expect(sets).toEqual([
      { id: 12, createdAt: "2025-12-01T08:30:00.000Z", authToken: "u7Qm2Xv9Lp4Rt8Ws1Yz6Kd3NfHj5Gb0Vc2Xn7Mq", encryptionToken: null, validUntil: "2026-03-01T08:30:00.000Z", enforced: true },
      { id: 15, createdAt: "2026-02-20T10:00:00.000Z", authToken: "P4w9Ls1TdA8Ui3Op6As9Df2Gh5Jk1Lz4Xc7Vb0N", encryptionToken: "e3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3Bn5Mq7W", validUntil: null, enforced: false },
    ]);
  });

  it("accepts an enveloped list with string ids and string enforce status", () => {
    const [set] = parseWith(TokenSetListPayload, json("tokenset-list-enveloped.json"), "netskope", "t").map(toTokenSet);
    expect(set).toMatchObject({ id: 7, enforced: true, encryptionToken: null, validUntil: "2026-01-01T00:00:00.000Z" });
  });

  it("maps a created set and a set returned without plaintext values", () => {
    expect(toTokenSet(parseWith(TokenSetItemPayload, json("tokenset-create.json"), "netskope", "t"))).toMatchObject({ id: 16, enforced: false, encryptionToken: null });
    const hidden = toTokenSet(parseWith(TokenSetItemPayload, json("tokenset-patch-no-values.json"), "netskope", "t"));
    expect(hidden).toEqual({ id: 16, createdAt: "2026-03-01T12:00:00.000Z", authToken: null, encryptionToken: null, validUntil: "2026-06-29T12:00:00.000Z", enforced: true });
  });

  it("rejects a payload without tsid as an upstream error, naming the field but not echoing values", () => {
    expect(() => parseWith(TokenSetListPayload, [{ auth_token: "secret-value-123456" }], "netskope", "enrollment/tokenset")).toThrowError(/unexpected response shape/);
    try {
      parseWith(TokenSetListPayload, [{ auth_token: "secret-value-123456" }], "netskope", "enrollment/tokenset");
    } catch (error) {
      expect(String(error)).not.toContain("secret-value-123456");
    }
  });
});

describe("netskope client status transform", () => {
  it("maps datasearch records: epoch and ISO times, list or |-string classification, OS names", () => {
    const page = parseWith(DataSearchPayload, json("datasearch-clientstatus.json"), "netskope", "s");
    expect(page.total).toBe(3);
    const [win, mac, linux] = page.records.map(toClientStatusDevice);
    expect(win).toMatchObject({
      nsdeviceuid: "0a1b2c3d-0001-4000-8000-000000000001",
      os: "windows",
      clientVersion: "124.0.7.2180",
      clientInstalledAt: "2025-06-01T08:00:00.000Z",
      classification: ["managed", "compliant"],
      lastEventAt: "2026-02-28T09:00:00.000Z",
      user: { username: "alice@acme.example", userKey: "uk-1001", orgKey: "ACMEORGKEY01" },
      lastDeviceEvent: { event: "Tunnel Up", status: "Success", details: null },
    });
    expect(mac).toMatchObject({ os: "macos", osName: "Mac OS X", classification: ["unmanaged"], user: null, lastEventAt: "2026-02-28T09:00:00.000Z", lastDeviceEvent: { status: "Failed", details: "Access denied" } });
    expect(linux).toMatchObject({ os: null, osName: "Linux", clientVersion: null, nsdeviceuid: null, lastDeviceEvent: null });
  });

  it("maps export CSV rows: quoted commas and quotes, multi-line cells, | lists, empty groups as null", () => {
    const rows = csvToRecords(fixture("dataexport-clientstatus.csv"), { listColumns: ["device_classification"] });
    const devices = rows.map((row) => toClientStatusDevice(parseWith(ClientStatusPayload, row, "netskope", "e")));
    expect(devices).toHaveLength(3);
    expect(devices[0]).toMatchObject({ model: 'EliteBook 840 G9, 14"', classification: ["managed", "compliant"], user: { username: "alice@acme.example" } });
    expect(devices[1]?.lastDeviceEvent?.details).toBe("Access denied:\nno authentication token");
    expect(devices[2]).toMatchObject({ os: "macos", classification: [], user: null, lastDeviceEvent: null, clientInstalledAt: null, managementId: null });
  });
});

describe("netskope v1 clients and classification transforms", () => {
  it("maps v1 devices and counts users", () => {
    const devices = parseWith(V1ClientsPayload, json("v1-clients.json"), "netskope", "clients").map(toV1ClientDevice);
    expect(devices[0]).toMatchObject({ deviceId: "0a1b2c3d-0001-4000-8000-000000000001", os: "windows", userCount: 2 });
    expect(devices[0]?.users[1]).toEqual({ username: "bob@acme.example", clientVersion: "124.0.7.2180", classificationStatus: "managed", addedAt: "2025-07-01T08:00:00.000Z", lastEvent: "Tunnel Down" });
    expect(devices[1]).toMatchObject({ os: "macos", userCount: 0, nsdeviceuid: null });
  });

  it("maps tags (numeric or string ids), created ids and rules", () => {
    const tags = parseWith(listEnvelope(ClassificationTagPayload), json("deviceclassification-tags.json"), "netskope", "t").map(toClassificationTag);
    expect(tags).toEqual([
      { id: "1", name: "token-present", description: "Holds the enrollment token" },
      { id: "2", name: "token-missing", description: null },
    ]);
    expect(parseWith(CreatedIdsPayload, json("deviceclassification-tags-created.json"), "netskope", "t")).toEqual(["3", "4"]);
    const [rule] = parseWith(listEnvelope(ClassificationRulePayload), json("deviceclassification-rules.json"), "netskope", "r").map(toClassificationRule);
    expect(rule).toMatchObject({ id: "5", label: "token-present", os: "windows" });
    expect(JSON.stringify(rule?.conditions)).toContain("SecureToken");
  });

  it("recognises the HTTP 200 error envelope and only that", () => {
    expect(netskopeErrorInBody(json("error-200.json"))).toBe("Invalid request: tsid 99 does not exist");
    expect(netskopeErrorInBody({ status: "Error", errors: ["Invalid token"] })).toBe("Invalid token");
    expect(netskopeErrorInBody({ status: true, data: [] })).toBeUndefined();
    expect(netskopeErrorInBody(json("tokenset-list.json"))).toBeUndefined();
    expect(netskopeErrorInBody({ status: "Ready" })).toBeUndefined();
  });
});
