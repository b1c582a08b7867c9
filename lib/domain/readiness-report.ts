// The fleet readiness report from class counts (SQL GROUP BY or the sync-time roll-up): every class is
// assessed once by the pure rules and weighted by its device and user counts, so the totals are what
// summarizeFleet would give over the same devices, without the devices.
import { CLASS_MODES, CLASS_OS, classTable, decodeClass, PLANNED_CHANGES, VERSION_BANDS, type ClassMode, type ClassOs, type VersionBand } from "./readiness-class";
import { countReadiness, emptyFleetSummary, type FleetSummary } from "./readiness-fleet";
import type { PlannedChange } from "./types";

export interface ClassCount {
  classKey: number;
  devices: number;
  users: number;
}

export interface BreakdownRow {
  devices: number;
  refused: Record<PlannedChange, number>;
}

export interface ReadinessReport {
  devices: number;
  users: number;
  /** Devices whose install mode is not known (assessed as UPN, the mode that needs the token). */
  unknownInstallMode: number;
  changes: Record<PlannedChange, FleetSummary>;
  byOs: Record<ClassOs, BreakdownRow>;
  byBand: Record<VersionBand, BreakdownRow>;
  byInstallMode: Record<ClassMode, BreakdownRow>;
}

const emptyRow = (): BreakdownRow => ({ devices: 0, refused: { enforce: 0, "rotate-single-token": 0, "rotate-multi-token": 0 } });
const rows = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, emptyRow()])) as Record<K, BreakdownRow>;
/** Folds class counts into the report. */
export function foldClassCounts(counts: Iterable<ClassCount>): ReadinessReport {
  const report: ReadinessReport = {
    devices: 0,
    users: 0,
    unknownInstallMode: 0,
    changes: { enforce: emptyFleetSummary("enforce"), "rotate-single-token": emptyFleetSummary("rotate-single-token"), "rotate-multi-token": emptyFleetSummary("rotate-multi-token") },
    byOs: rows(CLASS_OS),
    byBand: rows(VERSION_BANDS),
    byInstallMode: rows(CLASS_MODES),
  };
  for (const { classKey, devices, users } of counts) {
    if (devices === 0) continue;
    const c = decodeClass(classKey);
    report.devices += devices;
    report.users += users;
    if (c.installMode === "UNKNOWN") report.unknownInstallMode += devices;
    const breakdown = [report.byOs[c.os], report.byBand[VERSION_BANDS[c.band]!], report.byInstallMode[c.installMode]];
    for (const row of breakdown) row.devices += devices;
    for (const change of PLANNED_CHANGES) {
      const result = classTable(change)[classKey]!;
      countReadiness(report.changes[change], result, devices, users);
      if (result.refused) for (const row of breakdown) row.refused[change] += devices;
    }
  }
  return report;
}
