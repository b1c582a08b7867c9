import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGate, GATES, nsdiagGate } from "./client-version";
import { assessReadiness } from "./readiness";
import { summarizeFleet } from "./readiness-fleet";
import type { DeviceProfile, PlannedChange, Remediation } from "./types";

const device = (over: Partial<DeviceProfile> = {}): DeviceProfile => ({
  os: "windows",
  clientVersion: "124.0.5",
  installMode: "upn",
  multiUser: true,
  npaPrelogon: false,
  protectClientConfig: false,
  ...over,
});

type Row = [label: string, change: PlannedChange, device: Partial<DeviceProfile>, hasCurrentToken: boolean, refused: boolean, step: string | null, codes: string[], remediations: Remediation[]];

describe("readiness per device and planned change", () => {
  it.each<Row>([
    // Unaffected devices
    ["single-user, no token", "enforce", { multiUser: false }, false, false, null, ["single-user-already-enrolled"], ["none"]],
    ["single-user, client 110", "rotate-single-token", { multiUser: false, clientVersion: "110.0.0" }, false, false, null, ["single-user-already-enrolled"], ["none"]],
    ["single-user, multi-token", "rotate-multi-token", { multiUser: false }, false, false, null, ["single-user-already-enrolled"], ["none"]],
    ["multi-user IdP, no Prelogon", "enforce", { installMode: "idp" }, false, false, null, ["token-not-required-idp"], ["none"]],
    ["multi-user email invite", "rotate-single-token", { installMode: "email-invite", clientVersion: "R118" }, false, false, null, ["token-not-required-email-invite"], ["none"]],
    ["multi-user UPN with the token", "enforce", {}, true, false, null, ["ready-for-change"], ["none"]],
    ["multi-user UPN macOS R122.1 with the token", "enforce", { os: "macos", clientVersion: "R122.1" }, true, false, null, ["ready-for-change"], ["none"]],
    // Enforce
    ["Windows 124 without the token", "enforce", {}, false, true, "enforce", ["device-lacks-token"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["Windows 124 with Protect Client configuration", "enforce", { protectClientConfig: true }, false, true, "enforce", ["device-lacks-token", "msi-rerun-blocked-by-protection"], ["nsdiag", "reinstall"]],
    ["Windows 116.1.0 without the token", "enforce", { clientVersion: "116.1.0" }, false, true, "enable-not-enforced", ["client-fails-while-not-enforced", "device-lacks-token"], ["upgrade-client", "reinstall"]],
    ["Windows R121 without the token", "enforce", { clientVersion: "R121" }, false, true, "enforce", ["device-lacks-token"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["macOS R124 without the token", "enforce", { os: "macos", clientVersion: "R124" }, false, true, "enforce", ["device-lacks-token"], ["nsdiag", "reinstall"]],
    ["macOS R124 with Protect Client configuration", "enforce", { os: "macos", clientVersion: "R124", protectClientConfig: true }, false, true, "enforce", ["device-lacks-token"], ["nsdiag", "reinstall"]],
    ["macOS R122.1 without the token", "enforce", { os: "macos", clientVersion: "R122.1" }, false, true, "enforce", ["device-lacks-token", "in-place-update-unsupported"], ["upgrade-client", "reinstall"]],
    ["Windows 118 with the token (R120 and earlier)", "enforce", { clientVersion: "118.0.0" }, true, true, "enable-not-enforced", ["client-fails-while-not-enforced"], ["upgrade-client", "reinstall"]],
    ["Windows 110 without the token", "enforce", { clientVersion: "110.0.0" }, false, true, "enable-not-enforced", ["client-fails-while-not-enforced", "client-below-secure-enrollment-minimum", "device-lacks-token", "in-place-update-unsupported"], ["upgrade-client", "reinstall"]],
    ["unknown version with the token", "enforce", { clientVersion: "unknown" }, true, true, "enable-not-enforced", ["client-version-unknown"], ["upgrade-client", "reinstall"]],
    ["IdP + Prelogon without the token", "enforce", { installMode: "idp", npaPrelogon: true }, false, true, "enforce", ["device-lacks-token"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["email invite + Prelogon, macOS R123", "enforce", { installMode: "email-invite", npaPrelogon: true, os: "macos", clientVersion: "R123" }, false, true, "enforce", ["device-lacks-token", "in-place-update-unsupported"], ["upgrade-client", "reinstall"]],
    // Single-token rotation
    ["rotation, Windows 124 holding the current token", "rotate-single-token", {}, true, true, "enforce", ["device-token-replaced"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["rotation, Windows 124 without the current token", "rotate-single-token", {}, false, true, "before-change", ["device-lacks-current-token"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["rotation, Windows 118 holding the current token", "rotate-single-token", { clientVersion: "118.0.0" }, true, true, "unenforce", ["client-fails-while-not-enforced", "device-token-replaced"], ["upgrade-client", "reinstall"]],
    ["rotation, Windows R120.1 holding the current token", "rotate-single-token", { clientVersion: "R120.1" }, true, true, "enforce", ["device-token-replaced"], ["nsdiag", "msi-rerun", "reinstall"]],
    // Multi-token rotation: never Not Enforced, so R120 clients are not hit by that; R123 is needed.
    ["multi-token, Windows 124 holding the current token", "rotate-multi-token", {}, true, true, "retire-old-token", ["device-token-replaced"], ["nsdiag", "msi-rerun", "reinstall"]],
    ["multi-token, Windows 118 holding the current token", "rotate-multi-token", { clientVersion: "118.0.0" }, true, true, "add-new-token", ["client-below-multi-token-minimum", "device-token-replaced"], ["upgrade-client", "reinstall"]],
    ["multi-token, macOS R123 holding the current token", "rotate-multi-token", { os: "macos", clientVersion: "R123" }, true, true, "retire-old-token", ["device-token-replaced", "in-place-update-unsupported"], ["upgrade-client", "reinstall"]],
    ["multi-token, unknown version", "rotate-multi-token", { clientVersion: "junk" }, true, true, "before-change", ["client-version-unknown", "device-token-replaced"], ["upgrade-client", "reinstall"]],
    ["multi-token, Windows 124 without the current token", "rotate-multi-token", {}, false, true, "before-change", ["device-lacks-current-token"], ["nsdiag", "msi-rerun", "reinstall"]],
  ])("%s", (_label, change, d, hasCurrentToken, refused, step, codes, remediations) => {
    const result = assessReadiness({ device: device(d), change, hasCurrentToken });
    expect(result.refused).toBe(refused);
    expect(result.step).toBe(step);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.remediations).toEqual(remediations);
  });
});

const arbitraryDevice: fc.Arbitrary<DeviceProfile> = fc.record({
  os: fc.constantFrom("windows" as const, "macos" as const),
  clientVersion: fc.constantFrom("R110", "116.0.0", "R116.1", "R120", "R120.1", "R122.1", "R123", "124.0.5", "R130", "", "junk"),
  installMode: fc.constantFrom("upn" as const, "idp" as const, "email-invite" as const),
  multiUser: fc.boolean(),
  npaPrelogon: fc.boolean(),
  protectClientConfig: fc.boolean(),
});
const change = fc.constantFrom<PlannedChange>("enforce", "rotate-single-token", "rotate-multi-token");

describe("remediation rules (properties)", () => {
  it("['none'] exactly when not refused; otherwise reinstall always works and upgrade-client comes first", () => {
    fc.assert(
      fc.property(arbitraryDevice, change, fc.boolean(), (d, c, has) => {
        const r = assessReadiness({ device: d, change: c, hasCurrentToken: has });
        if (!r.refused) {
          expect(r.remediations).toEqual(["none"]);
          expect(r.step).toBeNull();
          return;
        }
        expect(r.step).not.toBeNull();
        expect(r.remediations).toContain("reinstall");
        expect(r.remediations).not.toContain("none");
        if (r.remediations.includes("upgrade-client")) expect(r.remediations[0]).toBe("upgrade-client");
      }),
    );
  });

  it("offers nsdiag only when the OS gate allows it, and msi-rerun only on Windows 116.1.0+ without protection", () => {
    fc.assert(
      fc.property(arbitraryDevice, change, fc.boolean(), (d, c, has) => {
        const r = assessReadiness({ device: d, change: c, hasCurrentToken: has });
        if (r.remediations.includes("nsdiag")) expect(checkGate(d.clientVersion, nsdiagGate(d.os))).toBe("yes");
        if (r.remediations.includes("msi-rerun")) {
          expect(d.os).toBe("windows");
          expect(d.protectClientConfig).toBe(false);
          expect(checkGate(d.clientVersion, GATES.msiRerunWindows)).toBe("yes");
        }
      }),
    );
  });

  it("never touches single-user devices or IdP/email-invite devices without Prelogon", () => {
    fc.assert(
      fc.property(arbitraryDevice, change, fc.boolean(), (d, c, has) => {
        const unaffected = !d.multiUser || (d.installMode !== "upn" && !d.npaPrelogon);
        if (unaffected) expect(assessReadiness({ device: d, change: c, hasCurrentToken: has }).refused).toBe(false);
      }),
    );
  });
});

describe("summarizeFleet", () => {
  it("counts devices, users, reasons, remediations and steps", () => {
    const summary = summarizeFleet("enforce", [
      { device: device({ multiUser: false }), hasCurrentToken: false, users: 1 },
      { device: device(), hasCurrentToken: true, users: 5 },
      { device: device(), hasCurrentToken: false, users: 12 },
      { device: device({ protectClientConfig: true }), hasCurrentToken: false },
      { device: device({ os: "macos", clientVersion: "R122.1" }), hasCurrentToken: false, users: 3 },
      { device: device({ clientVersion: "118.0.0" }), hasCurrentToken: true, users: 0 },
    ]);
    expect(summary).toEqual({
      change: "enforce",
      devices: 6,
      refused: 4,
      users: 22,
      usersRefused: 16,
      byReason: {
        "single-user-already-enrolled": 1,
        "ready-for-change": 1,
        "device-lacks-token": 3,
        "msi-rerun-blocked-by-protection": 1,
        "in-place-update-unsupported": 1,
        "client-fails-while-not-enforced": 1,
      },
      byRemediation: { none: 2, nsdiag: 2, "msi-rerun": 1, reinstall: 4, "upgrade-client": 2 },
      byStep: { enforce: 3, "enable-not-enforced": 1 },
    });
  });

  it("accepts any iterable, including a generator, and an empty fleet", () => {
    function* devices() {
      yield { device: device(), hasCurrentToken: false };
    }
    expect(summarizeFleet("rotate-multi-token", devices()).refused).toBe(1);
    expect(summarizeFleet("enforce", []).devices).toBe(0);
  });
});
