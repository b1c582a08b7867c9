// A device as the product stores it, before the database: what a sync, a CSV import or a benchmark
// hands to the ingest (lib/services/devices/ingest.ts). Types only.
import type { ClassMode, ClassOs } from "@/lib/domain/readiness-class";

export type StoredClassification = "TOKEN_PRESENT" | "TOKEN_MISSING" | "UNKNOWN";
export type StoredSource = "NETSKOPE" | "INTUNE" | "JAMF" | "IMPORT" | "DEMO";

export interface IngestUser {
  username: string;
  userKey: string | null;
  lastEventAt: Date | null;
}

export interface IngestDevice {
  /** Netskope device uid, else serial number, else host name, lower-cased (deviceKeyOf). */
  deviceKey: string;
  nsDeviceUid: string | null;
  hostname: string | null;
  serialNumber: string | null;
  os: ClassOs | null;
  osVersion: string | null;
  clientVersion: string | null;
  installMode: ClassMode | null;
  multiUser: boolean | null;
  npaPrelogon: boolean | null;
  protectClientConfig: boolean | null;
  classification: StoredClassification | null;
  sources: StoredSource[];
  intuneDeviceId: string | null;
  jamfComputerId: string | null;
  lastSeenAt: Date | null;
  users: IngestUser[];
}
