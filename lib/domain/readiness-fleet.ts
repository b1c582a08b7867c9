// The fleet view of readiness: how many devices (and their users) a planned change would lock out,
// counted by reason and by remediation. The shape matches what a readiness snapshot stores.
import { assessReadiness } from "./readiness";
import type { DeviceProfile, PlannedChange, ReadinessResult, Remediation } from "./types";

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

/** A summary with nothing counted yet. */
export function emptyFleetSummary(change: PlannedChange): FleetSummary {
  return { change, devices: 0, refused: 0, users: 0, usersRefused: 0, byReason: {}, byRemediation: { none: 0, nsdiag: 0, "msi-rerun": 0, reinstall: 0, "upgrade-client": 0 }, byStep: {} };
}

const add = (record: Record<string, number>, key: string, n: number) => {
  record[key] = (record[key] ?? 0) + n;
};

/** Counts one readiness result for `devices` devices holding `users` users (one device, or a class of them). */
export function countReadiness(summary: FleetSummary, result: ReadinessResult, devices: number, users: number): void {
  summary.devices += devices;
  summary.users += users;
  for (const code of new Set(result.reasons.map((r) => r.code))) add(summary.byReason, code, devices);
  for (const remediation of result.remediations) summary.byRemediation[remediation] += devices;
  if (result.refused) {
    summary.refused += devices;
    summary.usersRefused += users;
    if (result.step) add(summary.byStep, result.step, devices);
  }
}

/** Readiness of every device for one planned change, counted; iterates the devices once. */
export function summarizeFleet(change: PlannedChange, devices: Iterable<FleetDevice>): FleetSummary {
  const summary = emptyFleetSummary(change);
  for (const entry of devices) {
    const result = assessReadiness({ device: entry.device, change, hasCurrentToken: entry.hasCurrentToken });
    countReadiness(summary, result, 1, entry.users === undefined ? 1 : Math.max(0, Math.floor(entry.users)));
  }
  return summary;
}
