// The fleet readiness report from class counts (SQL GROUP BY or the sync-time roll-up): every class is
// assessed once by the pure rules and weighted by its device and user counts, so the totals are what
// summarizeFleet would give over the same devices, without the devices.
import { CLASS_MODES, CLASS_OS, classTable, decodeClass, PLANNED_CHANGES, VERSION_BANDS, type ClassMode, type ClassOs, type VersionBand } from "./readiness-class";
import type { FleetSummary } from "./readiness-fleet";
import type { PlannedChange, Remediation } from "./types";

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

const emptySummary = (change: PlannedChange): FleetSummary => ({
  change,
  devices: 0,
  refused: 0,
  users: 0,
  usersRefused: 0,
  byReason: {},
  byRemediation: { none: 0, nsdiag: 0, "msi-rerun": 0, reinstall: 0, "upgrade-client": 0 },
  byStep: {},
});
const emptyRow = (): BreakdownRow => ({ devices: 0, refused: { enforce: 0, "rotate-single-token": 0, "rotate-multi-token": 0 } });
const rows = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, emptyRow()])) as Record<K, BreakdownRow>;
const add = (record: Record<string, number>, key: string, n: number) => {
  record[key] = (record[key] ?? 0) + n;
};

/** Folds class counts into the report. */
export function foldClassCounts(counts: Iterable<ClassCount>): ReadinessReport {
  const report: ReadinessReport = {
    devices: 0,
    users: 0,
    unknownInstallMode: 0,
    changes: { enforce: emptySummary("enforce"), "rotate-single-token": emptySummary("rotate-single-token"), "rotate-multi-token": emptySummary("rotate-multi-token") },
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
      const s = report.changes[change];
      s.devices += devices;
      s.users += users;
      for (const code of new Set(result.reasons.map((r) => r.code))) add(s.byReason, code, devices);
      for (const remediation of result.remediations) s.byRemediation[remediation as Remediation] += devices;
      if (result.refused) {
        s.refused += devices;
        s.usersRefused += users;
        if (result.step) add(s.byStep, result.step, devices);
        for (const row of breakdown) row.refused[change] += devices;
      }
    }
  }
  return report;
}
