// The shared vocabulary of the domain (DOMAIN.md). Pure types, no I/O.
// Wire formats (the what-if API, the simulators) use these kebab-case values; the database
// stores the upper-case Prisma enums and `lib/services` maps between the two.

export type TenantState = "disabled" | "not-enforced" | "enforced";
export type Os = "windows" | "macos";
export type InstallMode = "upn" | "idp" | "email-invite";
/** What an enrollment attempt presents for one token. */
export type Presented = "none" | "wrong" | "correct";
export type TokenKind = "auth" | "encryption";
export type TokenStage = "current" | "pending" | "previous" | "retired";

export interface TenantPolicy {
  state: TenantState;
  /** The encryption token is enforced too (optional in Netskope; needed in UPN and IdP mode alike). */
  encryptionTokenEnforced: boolean;
}

export interface DeviceProfile {
  os: Os;
  /** As people and APIs write it: "R120", "R120.1", "120.1.0", "120.1.0.2300", "v124.0.5". */
  clientVersion: string;
  installMode: InstallMode;
  /** Per-user configuration (`mode=peruserconfig`): each first login of a user is a new enrollment. */
  multiUser: boolean;
  npaPrelogon: boolean;
  /** "Protect Client configuration and resources": the MSI cannot be re-run to add a token. */
  protectClientConfig: boolean;
}

export interface PresentedTokens {
  authToken: Presented;
  encryptionToken: Presented;
}

export type EnrollmentOutcome = "enrolls" | "refused" | "unknown";

/** A reason is a stable code (translated in the UI by code) plus an English message for APIs and logs. */
export interface Reason {
  code: string;
  message: string;
}

export interface EnrollmentInput {
  tenant: TenantPolicy;
  device: DeviceProfile;
  presents: PresentedTokens;
}

export interface EnrollmentResult {
  outcome: EnrollmentOutcome;
  reasons: Reason[];
}

export type PlannedChange = "enforce" | "rotate-single-token" | "rotate-multi-token";
export type Remediation = "none" | "nsdiag" | "msi-rerun" | "reinstall" | "upgrade-client";

/** A device and a planned change: would its next enrollment attempt be refused if nothing is done for it? */
export interface ReadinessInput {
  device: DeviceProfile;
  change: PlannedChange;
  /** The device holds the tenant's current authentication token (given by the install command or `nsdiag -e`). */
  hasCurrentToken: boolean;
}

export interface ReadinessResult {
  /** True when the attempt would be refused, or cannot be shown to succeed (unknown client version). */
  refused: boolean;
  /** The plan step from which it would be refused ("before-change": already today); null when not refused. */
  step: string | null;
  reasons: Reason[];
  /** Every action that would fix it, the one to do first first; ["none"] when nothing is needed. */
  remediations: Remediation[];
}
