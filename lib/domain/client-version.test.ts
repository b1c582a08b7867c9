import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkGate,
  clientVersionSortNumber,
  compareClientVersions,
  formatClientVersion,
  formatRelease,
  GATES,
  nsdiagGate,
  parseClientVersion,
  type ClientVersion,
  type Gate,
  type GateAnswer,
} from "./client-version";

const v = (major: number, minor: number, patch: number | null = null, build: number | null = null): ClientVersion => ({ major, minor, patch, build });

describe("parseClientVersion", () => {
  it.each<[string | null | undefined, ClientVersion | null]>([
    ["R120", v(120, 0)],
    ["R120.1", v(120, 1)],
    ["120.1.0", v(120, 1, 0)],
    ["120.1.0.2300", v(120, 1, 0, 2300)],
    ["v124.0.5", v(124, 0, 5)],
    ["V124.0.5", v(124, 0, 5)],
    ["r120.1", v(120, 1)],
    ["  R123  ", v(123, 0)],
    ["R 116.1", v(116, 1)],
    ["Release 124", v(124, 0)],
    ["\t111.0.0\n", v(111, 0, 0)],
    ["120", v(120, 0)],
    ["", null],
    ["   ", null],
    ["latest", null],
    ["N/A", null],
    ["120.1.0-beta", null],
    ["120..1", null],
    ["120.1.0.2300.7", null],
    ["R", null],
    ["x120", null],
    ["1234567890", null],
    [null, null],
    [undefined, null],
  ])("%j → %j", (input, expected) => expect(parseClientVersion(input)).toEqual(expected));
});

describe("formatting", () => {
  it.each<[ClientVersion, string, string]>([
    [v(120, 0), "120.0", "R120"],
    [v(120, 1), "120.1", "R120.1"],
    [v(120, 1, 0, 2300), "120.1.0.2300", "R120.1"],
    [v(124, 0, 5), "124.0.5", "R124"],
  ])("%j → %s / %s", (version, dotted, release) => {
    expect(formatClientVersion(version)).toBe(dotted);
    expect(formatRelease(version)).toBe(release);
  });
});

describe("compareClientVersions", () => {
  it.each<[string, string, number]>([
    ["R120", "R120.1", -1],
    ["120.0.9", "R120.1", -1],
    ["R120.1", "120.1.0", -1],
    ["120.1.0", "120.1.0.1", -1],
    ["v124.0.5", "124.0.5", 0],
    ["R123", "123.0", 0],
    ["116.1.0", "116.0.99", 1],
    ["130.0.0", "99.9.9.9", 1],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareClientVersions(parseClientVersion(a) as ClientVersion, parseClientVersion(b) as ClientVersion)).toBe(expected);
  });
});

describe("gates", () => {
  it.each<[string, Gate, GateAnswer]>([
    // Secure Enrollment at all: 111.0.0+
    ["110.9.9", GATES.secureEnrollment, "no"],
    ["R110", GATES.secureEnrollment, "no"],
    ["111.0.0", GATES.secureEnrollment, "yes"],
    ["R111", GATES.secureEnrollment, "yes"],
    // Enroll while Not Enforced: R120.1+ (R120 and earlier fail)
    ["R120", GATES.enrollWhileNotEnforced, "no"],
    ["120.0.7.1900", GATES.enrollWhileNotEnforced, "no"],
    ["R120.1", GATES.enrollWhileNotEnforced, "yes"],
    ["120.1.0", GATES.enrollWhileNotEnforced, "yes"],
    ["120", GATES.enrollWhileNotEnforced, "no"],
    // nsdiag -e on Windows: 116.1.0+ (116.0.0 and earlier reinstall)
    ["116.0.0", GATES.nsdiagWindows, "no"],
    ["116.0.3", GATES.nsdiagWindows, "no"],
    ["R116", GATES.nsdiagWindows, "no"],
    ["116.1.0", GATES.nsdiagWindows, "yes"],
    ["R116.1", GATES.nsdiagWindows, "yes"],
    ["R116.1", GATES.msiRerunWindows, "yes"],
    // nsdiag -e on macOS: R124+
    ["R123.1", GATES.nsdiagMacos, "no"],
    ["123.9.9", GATES.nsdiagMacos, "no"],
    ["R124", GATES.nsdiagMacos, "yes"],
    ["v124.0.5", GATES.nsdiagMacos, "yes"],
    // Multi-token: R123+
    ["R122.1", GATES.multiToken, "no"],
    ["123.0.0", GATES.multiToken, "yes"],
    // Unparseable is unknown, never "new enough"
    ["garbage", GATES.secureEnrollment, "unknown"],
    ["", GATES.nsdiagMacos, "unknown"],
  ])("%s against %j → %s", (version, gate, expected) => expect(checkGate(version, gate)).toBe(expected));

  it("is unknown when a release name straddles a minimum with a patch", () => {
    const gate: Gate = { id: "secure-enrollment", minimum: [120, 1, 5] };
    expect(checkGate("R120.1", gate)).toBe("unknown");
    expect(checkGate("120.1.4", gate)).toBe("no");
    expect(checkGate("120.1.5", gate)).toBe("yes");
    expect(checkGate(null, gate)).toBe("unknown");
  });

  it("picks the nsdiag gate per OS", () => {
    expect(nsdiagGate("windows")).toBe(GATES.nsdiagWindows);
    expect(nsdiagGate("macos")).toBe(GATES.nsdiagMacos);
  });
});

describe("clientVersionSortNumber", () => {
  it.each<[string, number | null]>([
    ["120.1.0", 120_001_000],
    ["R120.1", 120_001_000],
    ["116.1.2.2300", 116_001_002],
    ["120.1000.0", null],
  ])("%s → %s", (input, expected) => expect(clientVersionSortNumber(parseClientVersion(input))).toBe(expected));
  it("is null for an unparseable version", () => expect(clientVersionSortNumber(null)).toBeNull());
});

const component = fc.integer({ min: 0, max: 999_999 });
const version: fc.Arbitrary<ClientVersion> = fc
  .tuple(component, component, fc.option(component, { nil: null }), fc.option(component, { nil: null }))
  .map(([major, minor, patch, build]) => ({ major, minor, patch, build: patch === null ? null : build }));

describe("version order (properties)", () => {
  it("is antisymmetric: compare(a, b) = −compare(b, a), and 0 only for equal values", () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const ab = compareClientVersions(a, b);
        expect(ab).toBe(-compareClientVersions(b, a) || 0);
        expect(ab === 0).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const sorted = [a, b, c].sort(compareClientVersions);
        const [x, y, z] = sorted as [ClientVersion, ClientVersion, ClientVersion];
        expect(compareClientVersions(x, y)).toBeLessThanOrEqual(0);
        expect(compareClientVersions(y, z)).toBeLessThanOrEqual(0);
        expect(compareClientVersions(x, z)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("is total: any two versions compare to −1, 0 or 1", () => {
    fc.assert(fc.property(version, version, (a, b) => {
        expect([-1, 0, 1]).toContain(compareClientVersions(a, b));
      }));
  });

  it("round-trips: parse(format(v)) = v", () => {
    fc.assert(fc.property(version, (x) => {
        expect(parseClientVersion(formatClientVersion(x))).toEqual(x);
      }));
  });

  it("reads every prefix and spacing the same", () => {
    fc.assert(
      fc.property(version, fc.constantFrom("", "R", "r", "v", "V", "R "), fc.constantFrom("", " ", "\t"), (x, prefix, pad) => {
        expect(parseClientVersion(`${pad}${prefix}${formatClientVersion(x)}${pad}`)).toEqual(x);
      }),
    );
  });

  it("gates agree with the order: a version at or above the minimum passes", () => {
    fc.assert(
      fc.property(version, fc.constantFrom(...Object.values(GATES)), (x, gate) => {
        const answer = checkGate(x, gate);
        const min: ClientVersion = { major: gate.minimum[0], minor: gate.minimum[1], patch: gate.minimum[2], build: null };
        if (x.patch !== null) expect(answer).toBe(compareClientVersions(x, min) >= 0 ? "yes" : "no");
        else expect(answer).not.toBe(compareClientVersions({ ...x, patch: 0 }, min) >= 0 ? "no" : "yes");
      }),
    );
  });
});
