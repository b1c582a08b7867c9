// The fleet view of readiness: how many devices (and their users) a planned change would lock out,
// counted by reason and by remediation. The shape matches what a readiness snapshot stores.
import { assessReadiness } from "./readiness";
import type { DeviceProfile, PlannedChange, Remediation } from "./types";

export interface FleetDevice {
  device: DeviceProfile;
  hasCurrentToken: boolean;
  /** Users known on the device (Netskope v1 `users.length`); counts 1 when unknown. */
  users?: number;
}

export interface FleetSummary {
  change: PlannedChange;
  devices: number;
  refused: number;
  users: number;
  usersRefused: number;
  /** Devices per reason code (a device counts once per code it carries), refused or not. */
  byReason: Record<string, number>;
  /** Devices per remediation; "none" counts the devices that need nothing. */
  byRemediation: Record<Remediation, number>;
  /** Refused devices per step they would first be refused at. */
  byStep: Record<string, number>;
}

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Readiness of every device for one planned change, counted; iterates the devices once. */
export function summarizeFleet(change: PlannedChange, devices: Iterable<FleetDevice>): FleetSummary {
  const summary: FleetSummary = {
    change,
    devices: 0,
    refused: 0,
    users: 0,
    usersRefused: 0,
    byReason: {},
    byRemediation: { none: 0, nsdiag: 0, "msi-rerun": 0, reinstall: 0, "upgrade-client": 0 },
    byStep: {},
  };
  for (const entry of devices) {
    const result = assessReadiness({ device: entry.device, change, hasCurrentToken: entry.hasCurrentToken });
    const users = entry.users === undefined ? 1 : Math.max(0, Math.floor(entry.users));
    summary.devices += 1;
    summary.users += users;
    for (const code of new Set(result.reasons.map((r) => r.code))) bump(summary.byReason, code);
    for (const remediation of result.remediations) summary.byRemediation[remediation] += 1;
    if (result.refused) {
      summary.refused += 1;
      summary.usersRefused += users;
      if (result.step) bump(summary.byStep, result.step);
    }
  }
  return summary;
}
