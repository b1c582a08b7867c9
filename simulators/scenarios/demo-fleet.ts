// Device generation for the demo scenario: realistic, seeded mixes of OS, client versions, install
// modes, multi-user devices and held tokens. Pure functions of the rng passed in.
import type { ScenarioDevice } from "../scenario";

export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export const chance = (rng: Rng, p: number): boolean => rng() < p;
export const hex = (rng: Rng, length: number): string => Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join("");
export const uuid = (rng: Rng): string => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-8${hex(rng, 3)}-${hex(rng, 12)}`;

/** Weighted choice: entries are [value, weight]. */
export function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}

// Client majors R110..R126, newer ones more common, as a fleet that updates every few months looks.
const MAJORS: ReadonlyArray<readonly [number, number]> = [
  [110, 1], [111, 2], [112, 2], [113, 2], [114, 2], [115, 3], [116, 4], [117, 3], [118, 4],
  [119, 4], [120, 6], [121, 6], [122, 7], [123, 10], [124, 12], [125, 15], [126, 17],
];

/** A dotted build string; `forceMajor`/`forceMinor` pin the release (used to guarantee edge cases). */
export function clientVersion(rng: Rng, forceMajor?: number, forceMinor?: number): string {
  const major = forceMajor ?? weighted(rng, MAJORS);
  // R116 and R120 straddle gates (116.1.0 nsdiag, 120.1 not-enforced fix): both point releases occur.
  const minor = forceMinor ?? (major === 116 || major === 120 ? (chance(rng, 0.5) ? 1 : 0) : chance(rng, 0.2) ? 1 : 0);
  return `${major}.${minor}.${Math.floor(rng() * 10)}.${2000 + Math.floor(rng() * 900)}`;
}

const FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "ken", "laura", "mallory", "nina", "oscar", "peggy", "quinn", "rupert", "sybil", "trent", "uma", "victor", "wendy", "xavier", "yuki", "zoe"];
const LAST = ["tanaka", "smith", "garcia", "muller", "rossi", "dubois", "kowalski", "nguyen", "sato", "brown", "silva", "jensen", "ito", "novak", "haddad", "okafor"];
const WINDOWS_OS = ["10.0.19045", "10.0.22631", "10.0.22631", "10.0.26100"];
const MACOS_OS = ["13.6.9", "14.7.1", "14.7.1", "15.1.1", "15.2"];

export interface TenantTokens {
  /** Tokens a device may hold, with weights, per install situation (null = none). */
  held(rng: Rng, installMode: ScenarioDevice["installMode"], multiUser: boolean): string | null;
}

export interface FleetSpec {
  slug: string;
  domain: string;
  windows: number;
  macos: number;
  tokens: TenantTokens;
  now: number;
}

const DAY = 86_400_000;

function device(rng: Rng, spec: FleetSpec, os: ScenarioDevice["os"], index: number, version: string): ScenarioDevice {
  const installMode = weighted(rng, [["upn", 55], ["idp", 35], ["email-invite", 10]] as const);
  const multiUser = chance(rng, os === "windows" ? 0.25 : 0.08);
  const userCount = multiUser ? 2 + Math.floor(rng() * 4) : 1;
  const users = Array.from({ length: userCount }, () => ({ username: `${pick(rng, FIRST)}.${pick(rng, LAST)}@${spec.domain}` }));
  const stale = chance(rng, 0.05);
  const lastSeen = spec.now - (stale ? 30 + rng() * 30 : rng() * 14) * DAY;
  const number = String(index + 1).padStart(4, "0");
  return {
    nsdeviceuid: uuid(rng),
    hostname: os === "windows" ? `${spec.slug.toUpperCase()}-${multiUser ? "WS" : "LT"}-${number}` : `${spec.slug}-mbp-${number}`,
    serialNumber: os === "windows" ? `5CD${hex(rng, 7).toUpperCase()}` : `C02${hex(rng, 8).toUpperCase()}`,
    os,
    osVersion: pick(rng, os === "windows" ? WINDOWS_OS : MACOS_OS),
    clientVersion: version,
    installMode,
    multiUser,
    users,
    npaPrelogon: os === "windows" && installMode !== "email-invite" && chance(rng, 0.04),
    protectClientConfig: os === "windows" && chance(rng, 0.3),
    heldAuthToken: spec.tokens.held(rng, installMode, multiUser),
    heldEncryptToken: null,
    online: chance(rng, 0.95),
    lastSeen: new Date(lastSeen).toISOString(),
    installedAt: new Date(lastSeen - (30 + rng() * 670) * DAY).toISOString(),
    make: os === "windows" ? pick(rng, ["HP", "Dell", "Lenovo"]) : "Apple",
    model: os === "windows" ? pick(rng, ["EliteBook 840 G9", "Latitude 7440", "ThinkPad T14 Gen 4"]) : pick(rng, ["MacBookPro18,3", "Mac14,2", "Mac15,3"]),
    classification: chance(rng, 0.7) ? ["managed"] : [],
  };
}

/**
 * The devices of one tenant. The first Windows devices are pinned to 115.x and 116.0.x and the
 * first Mac to 122.x, so every seed shows clients that cannot take `nsdiag -e`.
 */
export function fleet(rng: Rng, spec: FleetSpec): ScenarioDevice[] {
  const windows = Array.from({ length: spec.windows }, (_, i) => device(rng, spec, "windows", i, i === 0 ? clientVersion(rng, 115, 0) : i === 1 ? clientVersion(rng, 116, 0) : i === 2 ? clientVersion(rng, 120, 0) : clientVersion(rng)));
  const macos = Array.from({ length: spec.macos }, (_, i) => device(rng, spec, "macos", spec.windows + i, i === 0 ? clientVersion(rng, 122, 0) : clientVersion(rng)));
  return [...windows, ...macos];
}
