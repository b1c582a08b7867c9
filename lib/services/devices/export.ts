import "server-only";
// The device table as CSV: the same filters, read in keyset batches (by id) so memory stays flat
// whatever the fleet size; the caller streams each batch out as it comes.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeviceQuery } from "@/lib/devices/query";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { deviceSelect, deviceWhere, toRowDto, type DeviceSqlRow } from "./list";
import { currentTokenFingerprints } from "./readiness-sql";
import { reportTenantIds } from "./report";

export const DEVICE_CSV_COLUMNS = [
  "tenant", "hostname", "serialNumber", "nsDeviceUid", "os", "osVersion", "clientVersion", "installMode", "multiUser", "npaPrelogon",
  "classification", "sources", "lastSeenAt", "users", "change", "refused", "reasons", "remediations",
] as const;

const BATCH = 2000;

/** Rows of the export, batch by batch; the export itself is audited before the first row. */
export async function* exportDevices({ ctx, input }: { ctx: ServiceContext; input: DeviceQuery }): AsyncGenerator<unknown[][]> {
  const tenantIds = await reportTenantIds(ctx, input.tenantId);
  await recordAudit(ctx, { action: "devices.export", tenantId: input.tenantId ?? null, summary: { change: input.change, status: input.status ?? null, reason: input.reason ?? null } });
  const current = await currentTokenFingerprints(ctx.db, tenantIds);
  const where = deviceWhere(input, tenantIds);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await ctx.db.$queryRaw<DeviceSqlRow[]>`
      SELECT ${deviceSelect(current)} FROM device d JOIN tenant t ON t.id = d.tenant_id
      WHERE ${where} AND d.id > ${after}::uuid ORDER BY d.id LIMIT ${Prisma.raw(String(BATCH))}`;
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    yield rows.map((r) => {
      const d = toRowDto(r, input.change);
      return [d.tenantName, d.hostname, d.serialNumber, d.nsDeviceUid, d.os, d.osVersion, d.clientVersion, d.installMode, d.multiUser, d.npaPrelogon,
        d.classification, d.sources.join("|"), d.lastSeenAt, d.users, input.change, d.refused, d.reasons.join("|"), d.remediations.join("|")];
    });
    if (rows.length < BATCH) return;
  }
}
