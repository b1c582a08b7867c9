// Readiness for the demo tenants: the device roll-up the report reads, and snapshots at three instants
// so the trend has a history. The latest snapshot is the seeded fleet as it is; the two earlier ones are
// the same fleet before part of its token holders received the token (demo history, labelled as such
// by the demo badge), i.e. the nsdiag push of the runbook's step 3 at work.
import type { Prisma } from "../../lib/generated/prisma/client";
import { classOf, encodeClass, PLANNED_CHANGES, type ClassMode } from "../../lib/domain/readiness-class";
import { foldClassCounts, type ClassCount } from "../../lib/domain/readiness-report";
import type { ScenarioTenant } from "../../simulators/scenario";

const MODE: Record<string, ClassMode> = { upn: "UPN", idp: "IDP", "email-invite": "EMAIL_INVITE" };
/** Days before `now` and the share of token holders that did not hold it yet. */
const HISTORY: [number, number][] = [[28, 0.6], [14, 0.3], [0, 0]];

/** The readiness class key of a demo device (stored on the device row, as the sync-time roll-up does). */
export function demoClassKey(t: ScenarioTenant, d: ScenarioTenant["devices"][number]): number {
  const current = new Set(t.tokenSets.map((s) => s.authToken).filter(Boolean));
  return encodeClass(
    classOf({
      os: d.os === "windows" ? "WINDOWS" : "MACOS",
      clientVersion: d.clientVersion,
      installMode: MODE[d.installMode] ?? "UNKNOWN",
      multiUser: d.multiUser,
      npaPrelogon: d.npaPrelogon,
      protectClientConfig: d.protectClientConfig,
      hasCurrentToken: d.heldAuthToken !== null && current.has(d.heldAuthToken),
    }),
  );
}

export async function seedDemoReadiness(tx: Prisma.TransactionClient, tenantId: string, t: ScenarioTenant, now: Date): Promise<void> {
  const counts = new Map<number, ClassCount>();
  for (const d of t.devices) {
    const key = demoClassKey(t, d);
    const c = counts.get(key) ?? { classKey: key, devices: 0, users: 0 };
    c.devices += 1;
    // distinct users, as device_user stores them (the scenario may list a user twice)
    c.users += Math.max(1, new Set(d.users.map((u) => u.username)).size);
    counts.set(key, c);
  }
  await tx.deviceRollup.createMany({ data: [...counts.values()].map((c) => ({ tenantId, classKey: c.classKey, devices: c.devices, users: c.users })) });
  for (const [daysAgo, share] of HISTORY) {
    // The odd class keys hold the current token (lowest bit); move `share` of them to the even key.
    const then = new Map<number, ClassCount>();
    const add = (k: number, devices: number, users: number) => {
      const c = then.get(k) ?? { classKey: k, devices: 0, users: 0 };
      c.devices += devices;
      c.users += users;
      then.set(k, c);
    };
    for (const c of counts.values()) {
      const moved = c.classKey % 2 === 1 ? Math.round(c.devices * share) : 0;
      const movedUsers = moved === 0 ? 0 : Math.round((c.users * moved) / c.devices);
      add(c.classKey, c.devices - moved, c.users - movedUsers);
      if (moved > 0) add(c.classKey - 1, moved, movedUsers);
    }
    const report = foldClassCounts(then.values());
    const takenAt = new Date(now.getTime() - daysAgo * 86_400_000);
    await tx.readinessSnapshot.createMany({
      data: PLANNED_CHANGES.map((change) => {
        const s = report.changes[change];
        return { tenantId, change, takenAt, devices: s.devices, refused: s.refused, users: s.users, usersRefused: s.usersRefused, byReason: s.byReason, byRemediation: s.byRemediation };
      }),
    });
  }
}
