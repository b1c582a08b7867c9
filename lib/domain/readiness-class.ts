// Readiness classes: every input assessReadiness looks at, reduced to a small finite key. Readiness
// depends on a device only through its OS, which side of each version gate its client is on, its
// install mode, multi-user, NPA Prelogon, "Protect Client configuration" and whether it holds the
// current token. Counting devices per class in SQL and evaluating each class once with the pure rules
// gives the fleet report without loading devices, and it agrees with summarizeFleet by construction.
import { clientVersionSortNumber, GATES, parseClientVersion } from "./client-version";
import { assessReadiness } from "./readiness";
import type { FleetDevice } from "./readiness-fleet";
import type { DeviceProfile, PlannedChange, ReadinessResult } from "./types";

export const PLANNED_CHANGES = ["enforce", "rotate-single-token", "rotate-multi-token"] as const satisfies readonly PlannedChange[];

export const CLASS_OS = ["WINDOWS", "MACOS", "OTHER"] as const;
export const CLASS_MODES = ["UPN", "IDP", "EMAIL_INVITE", "UNKNOWN"] as const;
export type ClassOs = (typeof CLASS_OS)[number];
export type ClassMode = (typeof CLASS_MODES)[number];

const num = (g: readonly [number, number, number]) => g[0] * 1_000_000 + g[1] * 1_000 + g[2];
/**
 * Lower bounds (clientVersionSortNumber) of the version bands; band 0 is "unknown". Every gate has patch
 * 0, so a release name without a patch ("R120") never straddles a gate and the band decides every gate.
 */
export const BAND_FLOORS = [
  0,
  num(GATES.secureEnrollment.minimum),
  num(GATES.nsdiagWindows.minimum),
  num(GATES.enrollWhileNotEnforced.minimum),
  num(GATES.multiToken.minimum),
  num(GATES.nsdiagMacos.minimum),
] as const;
/** Band ids: unknown, < 111, 111 – 116.0, 116.1 – 120.0, 120.1 – 122, 123, 124+. */
export const VERSION_BANDS = ["unknown", "lt111", "111-116.0", "116.1-120.0", "120.1-122", "123", "124+"] as const;
export type VersionBand = (typeof VERSION_BANDS)[number];
// One version per band that the gates answer exactly as for every version of the band.
const BAND_REPRESENTATIVE = ["", "110.0.0", "111.0.0", "116.1.0", "120.1.0", "123.0.0", "124.0.0"] as const;

/** The band of a client version sort number (null: unknown). */
export function versionBand(sortNumber: number | null): number {
  if (sortNumber === null) return 0;
  let band = 1;
  for (let i = 1; i < BAND_FLOORS.length; i++) if (sortNumber >= BAND_FLOORS[i]!) band = i + 1;
  return band;
}

export interface DeviceClass {
  os: ClassOs;
  band: number;
  installMode: ClassMode;
  multiUser: boolean;
  npaPrelogon: boolean;
  protectClientConfig: boolean;
  hasCurrentToken: boolean;
}

export const CLASS_COUNT = CLASS_OS.length * VERSION_BANDS.length * CLASS_MODES.length * 16;

/** The key; the SQL of lib/services/devices/readiness-sql.ts computes the same number. */
export function encodeClass(c: DeviceClass): number {
  let k = CLASS_OS.indexOf(c.os);
  k = k * VERSION_BANDS.length + c.band;
  k = k * CLASS_MODES.length + CLASS_MODES.indexOf(c.installMode);
  k = k * 2 + (c.multiUser ? 1 : 0);
  k = k * 2 + (c.npaPrelogon ? 1 : 0);
  k = k * 2 + (c.protectClientConfig ? 1 : 0);
  return k * 2 + (c.hasCurrentToken ? 1 : 0);
}

export function decodeClass(key: number): DeviceClass {
  if (!Number.isInteger(key) || key < 0 || key >= CLASS_COUNT) throw new RangeError(`class key out of range: ${key}`);
  let k = key;
  const bit = () => {
    const b = k % 2 === 1;
    k = Math.floor(k / 2);
    return b;
  };
  const hasCurrentToken = bit();
  const protectClientConfig = bit();
  const npaPrelogon = bit();
  const multiUser = bit();
  const installMode = CLASS_MODES[k % CLASS_MODES.length]!;
  k = Math.floor(k / CLASS_MODES.length);
  const band = k % VERSION_BANDS.length;
  k = Math.floor(k / VERSION_BANDS.length);
  return { os: CLASS_OS[k]!, band, installMode, multiUser, npaPrelogon, protectClientConfig, hasCurrentToken };
}

/** A device as stored (Prisma enums), the subset readiness needs. */
export interface StoredDevice {
  os: ClassOs;
  clientVersion: string | null;
  installMode: ClassMode;
  multiUser: boolean;
  npaPrelogon: boolean;
  protectClientConfig: boolean;
  hasCurrentToken: boolean;
  users?: number;
}

/**
 * The domain's view of a stored device. The domain models Windows and macOS in UPN, IdP or email-invite
 * mode only: an unknown install mode is assessed as UPN (the mode that needs the token: the worst case,
 * never a false "ready"), and an OS other than Windows is assessed with the macOS gates (nsdiag from
 * R124, no MSI), the stricter of the two for in-place remediation.
 */
export function toFleetDevice(d: StoredDevice): FleetDevice {
  const device: DeviceProfile = {
    os: d.os === "WINDOWS" ? "windows" : "macos",
    clientVersion: d.clientVersion ?? "",
    installMode: d.installMode === "IDP" ? "idp" : d.installMode === "EMAIL_INVITE" ? "email-invite" : "upn",
    multiUser: d.multiUser,
    npaPrelogon: d.npaPrelogon,
    protectClientConfig: d.protectClientConfig,
  };
  return { device, hasCurrentToken: d.hasCurrentToken, users: d.users };
}

/** The class of a stored device (the same as SQL computes from the stored columns). */
export function classOf(d: StoredDevice): DeviceClass {
  return {
    os: d.os,
    band: versionBand(clientVersionSortNumber(parseClientVersion(d.clientVersion))),
    installMode: d.installMode,
    multiUser: d.multiUser,
    npaPrelogon: d.npaPrelogon,
    protectClientConfig: d.protectClientConfig,
    hasCurrentToken: d.hasCurrentToken,
  };
}

/** The readiness of every device of a class for a change. */
export function assessClass(c: DeviceClass, change: PlannedChange): ReadinessResult {
  const { device, hasCurrentToken } = toFleetDevice({ ...c, clientVersion: BAND_REPRESENTATIVE[c.band] ?? "" });
  return assessReadiness({ device, change, hasCurrentToken });
}

let table: Map<PlannedChange, ReadinessResult[]> | null = null;

/** assessClass for every class key, computed once (CLASS_COUNT × 3 evaluations, about a millisecond). */
export function classTable(change: PlannedChange): readonly ReadinessResult[] {
  table ??= new Map(PLANNED_CHANGES.map((ch) => [ch, Array.from({ length: CLASS_COUNT }, (_, k) => assessClass(decodeClass(k), ch))]));
  return table.get(change)!;
}

/** Class keys whose devices match a predicate on their readiness (the drill-down's SQL filter). */
export function classKeysWhere(change: PlannedChange, predicate: (r: ReadinessResult) => boolean): number[] {
  const results = classTable(change);
  const keys: number[] = [];
  for (let k = 0; k < results.length; k++) if (predicate(results[k]!)) keys.push(k);
  return keys;
}
