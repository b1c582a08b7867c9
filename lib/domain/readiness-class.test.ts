import { describe, expect, it } from "vitest";
import { assessReadiness } from "./readiness";
import { summarizeFleet } from "./readiness-fleet";
import {
  assessClass,
  CLASS_COUNT,
  CLASS_MODES,
  CLASS_OS,
  classKeysWhere,
  classOf,
  classTable,
  decodeClass,
  encodeClass,
  PLANNED_CHANGES,
  toFleetDevice,
  versionBand,
  type StoredDevice,
} from "./readiness-class";

// Versions on both sides of every gate, release names without a patch, builds, and garbage.
const VERSIONS = [null, "", "garbage", "R95", "110.9.9", "111.0.0", "R111", "116.0.9", "R116", "R116.1", "116.1.0", "120.0.5", "R120", "R120.1", "120.1.0.2300",
  "122.9.9", "R123", "123.0.1", "123.5", "R124", "124.0.0", "v126.2.1", "135.0.0"];

describe("readiness classes", () => {
  it("encodes and decodes every key", () => {
    for (let k = 0; k < CLASS_COUNT; k++) expect(encodeClass(decodeClass(k))).toBe(k);
    expect(() => decodeClass(CLASS_COUNT)).toThrow(RangeError);
  });

  it.each([
    [null, 0], [0, 1], [110_999_999, 1], [111_000_000, 2], [116_000_999, 2], [116_001_000, 3], [120_000_999, 3],
    [120_001_000, 4], [122_999_999, 4], [123_000_000, 5], [124_000_000, 6], [200_000_000, 6],
  ])("puts sort number %s in band %i", (n, band) => {
    expect(versionBand(n)).toBe(band);
  });

  it("assesses every device exactly as the pure rule does, for every change", { timeout: 60_000 }, () => {
    let checked = 0;
    for (const os of CLASS_OS)
      for (const installMode of CLASS_MODES)
        for (const clientVersion of VERSIONS)
          for (let bits = 0; bits < 16; bits++) {
            const d: StoredDevice = { os, installMode, clientVersion, multiUser: (bits & 1) > 0, npaPrelogon: (bits & 2) > 0, protectClientConfig: (bits & 4) > 0, hasCurrentToken: (bits & 8) > 0 };
            const f = toFleetDevice(d);
            for (const change of PLANNED_CHANGES) {
              expect(assessClass(classOf(d), change)).toEqual(assessReadiness({ device: f.device, change, hasCurrentToken: f.hasCurrentToken }));
              checked++;
            }
          }
    expect(checked).toBe(CLASS_OS.length * CLASS_MODES.length * VERSIONS.length * 16 * 3);
  });

  it("sums classes into the same fleet summary", () => {
    const devices: StoredDevice[] = VERSIONS.flatMap((clientVersion, i) => [
      { os: "WINDOWS", installMode: "UPN", clientVersion, multiUser: true, npaPrelogon: false, protectClientConfig: i % 2 === 0, hasCurrentToken: i % 3 === 0, users: i % 4 },
      { os: "MACOS", installMode: "IDP", clientVersion, multiUser: true, npaPrelogon: i % 2 === 1, protectClientConfig: false, hasCurrentToken: false },
    ]);
    for (const change of PLANNED_CHANGES) {
      const pure = summarizeFleet(change, devices.map(toFleetDevice));
      const byClass = summarizeFleet(change, devices.map((d) => ({ device: toFleetDevice({ ...d, clientVersion: null }).device, hasCurrentToken: d.hasCurrentToken, users: d.users })));
      expect(pure.devices).toBe(byClass.devices);
      const refusedKeys = new Set(classKeysWhere(change, (r) => r.refused));
      expect(devices.filter((d) => refusedKeys.has(encodeClass(classOf(d)))).length).toBe(pure.refused);
    }
  });

  it("knows that unknown install modes are assessed as UPN, never as ready", () => {
    const unknown = classTable("enforce")[encodeClass({ os: "WINDOWS", band: 6, installMode: "UNKNOWN", multiUser: true, npaPrelogon: false, protectClientConfig: false, hasCurrentToken: false })]!;
    expect(unknown.refused).toBe(true);
    expect(unknown.reasons.map((r) => r.code)).toContain("device-lacks-token");
  });
});

describe("foldClassCounts", () => {
  it("equals summarizeFleet over the devices it counts", async () => {
    const { foldClassCounts } = await import("./readiness-report");
    const devices: StoredDevice[] = VERSIONS.flatMap((clientVersion, i) =>
      CLASS_MODES.map((installMode, j) => ({ os: CLASS_OS[(i + j) % 3]!, installMode, clientVersion, multiUser: (i + j) % 4 !== 0, npaPrelogon: i % 5 === 0, protectClientConfig: j % 2 === 0, hasCurrentToken: (i * j) % 3 === 0, users: 1 + ((i + j) % 3) })),
    );
    const counts = new Map<number, { devices: number; users: number }>();
    for (const d of devices) {
      const k = encodeClass(classOf(d));
      const c = counts.get(k) ?? { devices: 0, users: 0 };
      c.devices += 1;
      c.users += d.users ?? 1;
      counts.set(k, c);
    }
    const report = foldClassCounts([...counts].map(([classKey, c]) => ({ classKey, ...c })));
    for (const change of PLANNED_CHANGES) expect(report.changes[change]).toEqual(summarizeFleet(change, devices.map(toFleetDevice)));
    expect(report.devices).toBe(devices.length);
    expect(report.byOs.WINDOWS.devices + report.byOs.MACOS.devices + report.byOs.OTHER.devices).toBe(devices.length);
  });
});
