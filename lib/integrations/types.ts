// What the vendor clients return: our vocabulary (lib/domain/types), not the vendors' JSON.
// Services map these to Prisma rows; nothing here knows about the database.
import type { Os } from "@/lib/domain/types";
import type { IntegrationErrorCode, Vendor } from "./errors";

export type { Os, TokenKind } from "@/lib/domain/types";
export type { Vendor } from "./errors";

// ---- Netskope -------------------------------------------------------------------------------

/** One Secure Enrollment token set (`tsid`). Several coexist on multi-token tenants [3rd]. */
export interface TokenSet {
  id: number;
  createdAt: string | null;
  /** Null when the API does not return the value [guess]: the operator pastes it from the console. */
  authToken: string | null;
  encryptionToken: string | null;
  /** ISO date; null = no expiry. */
  validUntil: string | null;
  enforced: boolean;
}

export interface ClientStatusUser {
  username: string | null;
  userKey: string | null;
  orgKey: string | null;
}

export interface DeviceEvent {
  event: string | null;
  status: string | null;
  actor: string | null;
  at: string | null;
  details: string | null;
}

/** One client-status record (a device as seen for one user) from datasearch or the data export. */
export interface ClientStatusDevice {
  deviceId: string | null;
  nsdeviceuid: string | null;
  hostname: string | null;
  os: Os | null;
  /** The vendor's OS string, for the OSes we do not model (Linux, iOS, ...). */
  osName: string | null;
  osVersion: string | null;
  serialNumber: string | null;
  make: string | null;
  model: string | null;
  managementId: string | null;
  clientVersion: string | null;
  clientInstalledAt: string | null;
  classification: string[];
  lastEventAt: string | null;
  user: ClientStatusUser | null;
  lastDeviceEvent: DeviceEvent | null;
}

export interface V1ClientUser {
  username: string | null;
  clientVersion: string | null;
  classificationStatus: string | null;
  addedAt: string | null;
  lastEvent: string | null;
}

/** A device from the v1 `clients` API (older tenants). */
export interface V1ClientDevice {
  deviceId: string | null;
  nsdeviceuid: string | null;
  hostname: string | null;
  os: Os | null;
  osName: string | null;
  osVersion: string | null;
  serialNumber: string | null;
  users: V1ClientUser[];
  /** `users.length` [guess: APIS.md]: a proxy for multi-user devices. */
  userCount: number;
}

export interface ClassificationTag {
  id: string;
  name: string;
  description: string | null;
}

export interface ClassificationRule {
  id: string | null;
  name: string;
  label: string;
  os: string;
  /** Nested `$and`/`$or` checks, passed through as the console expects them [sdk]. */
  conditions: unknown;
}

export interface DeviceTagTarget {
  nsdeviceuid: string;
  userkey: string;
  hostname: string;
}

// ---- Microsoft Intune (Graph) ----------------------------------------------------------------

export interface Win32App {
  id: string;
  displayName: string;
  publisher: string | null;
  installCommandLine: string | null;
  uninstallCommandLine: string | null;
  lastModifiedAt: string | null;
}

export type ScriptPlatform = Os;
export type ScriptRunAs = "system" | "user";

export interface MdmScript {
  id: string;
  platform: ScriptPlatform;
  displayName: string;
  fileName: string | null;
  runAs: ScriptRunAs | null;
  /** Decoded script text; null when the list call omits it. */
  content: string | null;
  createdAt: string | null;
  lastModifiedAt: string | null;
}

export type ScriptRunState = "unknown" | "success" | "fail" | "scriptError" | "pending" | "notApplicable";

export interface ScriptDeviceRun {
  id: string;
  state: ScriptRunState;
  resultMessage: string | null;
  errorCode: number | null;
  lastUpdatedAt: string | null;
  managedDeviceId: string | null;
  deviceName: string | null;
  serialNumber: string | null;
}

export interface ManagedDevice {
  id: string;
  deviceName: string | null;
  os: Os | null;
  osName: string | null;
  osVersion: string | null;
  userPrincipalName: string | null;
  serialNumber: string | null;
  lastSyncAt: string | null;
  azureAdDeviceId: string | null;
}

// ---- Jamf Pro ---------------------------------------------------------------------------------

/** Script parameters $4..$11 by number. On a script they are labels; on a policy, the values. */
export type ScriptParameters = Partial<Record<4 | 5 | 6 | 7 | 8 | 9 | 10 | 11, string>>;

export interface JamfScript {
  id: string;
  name: string;
  contents: string | null;
  parameterLabels: ScriptParameters;
}

export interface JamfPolicyScript {
  id: string;
  name: string | null;
  priority: string | null;
  parameters: ScriptParameters;
}

export interface JamfPolicy {
  id: string;
  name: string;
  enabled: boolean;
  scripts: JamfPolicyScript[];
  scope: { allComputers: boolean; computerIds: string[]; computerGroupIds: string[] };
}

export interface JamfPolicySummary {
  id: string;
  name: string;
}

export interface JamfComputer {
  id: string;
  name: string | null;
  serialNumber: string | null;
  udid: string | null;
  osVersion: string | null;
  lastContactAt: string | null;
  managementId: string | null;
}

// ---- Test connection (settings pages) --------------------------------------------------------

export type CheckStatus = "ok" | "failed" | "skipped";

export interface ConnectionCheck {
  /** Stable id for the UI ("auth", "enrollment.tokenset.rw", ...), translated by id. */
  id: string;
  kind: "auth" | "permission" | "endpoint" | "rate-limit";
  status: CheckStatus;
  /** What the product uses it for, in English, for logs and APIs. */
  neededFor: string;
  detail: string;
  code?: IntegrationErrorCode;
  httpStatus?: number;
  requestId?: string;
}

export interface RateLimitObservation {
  endpoint: string;
  limit: number | null;
  remaining: number | null;
  resetSeconds: number | null;
  /** What our client enforces on its side. */
  clientPolicy: string;
}

export interface ConnectionReport {
  vendor: Vendor;
  ok: boolean;
  checkedAt: string;
  checks: ConnectionCheck[];
  rateLimits: RateLimitObservation[];
}

