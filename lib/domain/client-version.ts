// Netskope Client versions as people and APIs write them, and the version gates of DOMAIN.md.
// A release name covers a range of builds: "R120" is every 120.0.x build and "R120.1" every 120.1.x
// (Netskope names the first release of a line R<major> and its point releases R<major>.<minor>), so a
// gate answer is "unknown" when a range straddles it, and an unparseable version is never "new enough".

export interface ClientVersion {
  major: number;
  /** "R120" means release 120.0, so a missing minor reads as 0, not as "any". */
  minor: number;
  /** null: not given ("R120.1" is any 120.1.x build). */
  patch: number | null;
  /** null: not given. Only ever set when `patch` is. */
  build: number | null;
}

/** A gate answer: known to pass, known to fail, or not knowable from the version given. */
export type GateAnswer = "yes" | "no" | "unknown";

export type GateId =
  | "secure-enrollment"
  | "enroll-while-not-enforced"
  | "nsdiag-windows"
  | "nsdiag-macos"
  | "msi-rerun-windows"
  | "multi-token";

export interface Gate {
  id: GateId;
  /** The first version that passes, as [major, minor, patch]. */
  minimum: readonly [number, number, number];
}

// Sources: DOMAIN.md "Who is affected" and APIS.md "On the device"; the GTS article gives 116.1.0 for
// both the MSI re-run and nsdiag on Windows, the runbook gives R124 for nsdiag on macOS and R123 for
// multi-token GA, and the GTS article gives the R120.1 behaviour change.
export const GATES = {
  secureEnrollment: { id: "secure-enrollment", minimum: [111, 0, 0] },
  enrollWhileNotEnforced: { id: "enroll-while-not-enforced", minimum: [120, 1, 0] },
  nsdiagWindows: { id: "nsdiag-windows", minimum: [116, 1, 0] },
  nsdiagMacos: { id: "nsdiag-macos", minimum: [124, 0, 0] },
  msiRerunWindows: { id: "msi-rerun-windows", minimum: [116, 1, 0] },
  multiToken: { id: "multi-token", minimum: [123, 0, 0] },
} as const satisfies Record<string, Gate>;

// Components are capped at 9 digits so every value is a safe integer and "99999999999999999999"
// is rejected instead of silently rounded.
const VERSION_PATTERN = /^(?:r|v|release)?\s*(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?$/i;

/** Parses "R120", "R120.1", "120.1.0", "120.1.0.2300", "v124.0.5" (any case, spaces around); null when unparseable. */
export function parseClientVersion(input: string | null | undefined): ClientVersion | null {
  if (typeof input !== "string") return null;
  const match = VERSION_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, major, minor, patch, build] = match;
  if (major === undefined) return null;
  return {
    major: Number(major),
    minor: minor === undefined ? 0 : Number(minor),
    patch: patch === undefined ? null : Number(patch),
    build: build === undefined ? null : Number(build),
  };
}

/** Canonical dotted form ("120.1", "120.1.0.2300"); parseClientVersion(formatClientVersion(v)) equals v. */
export function formatClientVersion(v: ClientVersion): string {
  const parts = [v.major, v.minor];
  if (v.patch !== null) parts.push(v.patch);
  if (v.patch !== null && v.build !== null) parts.push(v.build);
  return parts.join(".");
}

/** The release name people use ("R120", "R120.1"), dropping patch and build. */
export function formatRelease(v: ClientVersion): string {
  return v.minor === 0 ? `R${v.major}` : `R${v.major}.${v.minor}`;
}

function sortKey(v: ClientVersion): [number, number, number, number] {
  // A missing component sorts before every given one, so "120.1" < "120.1.0" < "120.1.0.5":
  // the order stays total and antisymmetric over distinct parsed values.
  return [v.major, v.minor, v.patch ?? -1, v.patch === null ? -1 : (v.build ?? -1)];
}

/** Total order over parsed versions: negative, 0 (same components) or positive. */
export function compareClientVersions(a: ClientVersion, b: ClientVersion): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < ka.length; i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function compareTriples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a version passes a gate; a release name straddling the minimum, or no version, gives "unknown". */
export function checkGate(version: ClientVersion | string | null | undefined, gate: Gate): GateAnswer {
  const v = typeof version === "string" ? parseClientVersion(version) : version;
  if (!v) return "unknown";
  // The lowest and highest builds the value can stand for; a missing patch ranges over every patch.
  const lowest = [v.major, v.minor, v.patch ?? 0];
  const highest = [v.major, v.minor, v.patch ?? Number.MAX_SAFE_INTEGER];
  if (compareTriples(lowest, gate.minimum) >= 0) return "yes";
  if (compareTriples(highest, gate.minimum) < 0) return "no";
  return "unknown";
}

/** The gate for putting a token on an installed client with `nsdiag -e` on this OS. */
export function nsdiagGate(os: "windows" | "macos"): Gate {
  return os === "windows" ? GATES.nsdiagWindows : GATES.nsdiagMacos;
}

/**
 * The number the device table sorts by (major·10⁶ + minor·10³ + patch, the foundation's
 * `clientVersionNum`); null when a component does not fit in three digits.
 */
export function clientVersionSortNumber(v: ClientVersion | null): number | null {
  if (!v || v.minor > 999 || (v.patch ?? 0) > 999 || v.major > 2000) return null;
  return v.major * 1_000_000 + v.minor * 1_000 + (v.patch ?? 0);
}
