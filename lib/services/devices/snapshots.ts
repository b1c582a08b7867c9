import "server-only";
// A readiness snapshot per planned change at the end of every sync or import: the trend is their series.
import type { Prisma } from "@/lib/generated/prisma/client";
import { PLANNED_CHANGES } from "@/lib/domain/readiness-class";
import { foldClassCounts } from "@/lib/domain/readiness-report";
import type { Db } from "@/lib/server/db";
import { readRollup } from "./readiness-sql";

/** Writes the tenant's snapshots from its roll-up (refresh the roll-up first). */
export async function takeSnapshots(db: Db, tenantId: string, takenAt: Date): Promise<void> {
  const report = foldClassCounts(await readRollup(db, [tenantId]));
  await db.readinessSnapshot.createMany({
    data: PLANNED_CHANGES.map((change) => {
      const s = report.changes[change];
      return {
        tenantId,
        change,
        takenAt,
        devices: s.devices,
        refused: s.refused,
        users: s.users,
        usersRefused: s.usersRefused,
        byReason: s.byReason as Prisma.InputJsonValue,
        byRemediation: s.byRemediation as Prisma.InputJsonValue,
      };
    }),
  });
}
