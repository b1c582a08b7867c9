import "server-only";
// The drill-down device table: filtered, sorted and paged in SQL. Readiness filters (refused for a
// change, a reason, a remediation) become a set of readiness class keys (lib/domain/readiness-class.ts)
// matched against the class key computed in SQL, so the table and the report count the same devices.
import { Prisma } from "@/lib/generated/prisma/client";
import { classKeysWhere, classTable, CLASS_COUNT, decodeClass, VERSION_BANDS } from "@/lib/domain/readiness-class";
import type { ReadinessResult } from "@/lib/domain/types";
import type { DevicePageDto, DeviceQuery, DeviceRowDto } from "@/lib/devices/query";
import type { ServiceContext } from "@/lib/server/context";
import { bandSql, classKeySql, currentTokenFingerprints } from "./readiness-sql";
import { reportTenantIds } from "./report";

const SORT_COLUMNS: Record<DeviceQuery["sort"], string> = {
  hostname: "d.hostname",
  os: "d.os",
  clientVersion: "d.client_version_num",
  installMode: "d.install_mode",
  lastSeen: "d.last_seen_at",
};

function readinessPredicate(q: DeviceQuery): ((r: ReadinessResult) => boolean) | null {
  if (!q.status && !q.reason && !q.remediation) return null;
  return (r) =>
    (!q.status || r.refused === (q.status === "refused")) &&
    (!q.reason || r.reasons.some((x) => x.code === q.reason)) &&
    (!q.remediation || r.remediations.includes(q.remediation as never));
}

/** The WHERE clause of a device query over the given tenants. */
export function deviceWhere(q: DeviceQuery, tenantIds: string[]): Prisma.Sql {
  // One tenant as an equality, so (tenant_id, hostname, id) gives the order without a sort.
  const parts: Prisma.Sql[] = [tenantIds.length === 1 ? Prisma.sql`d.tenant_id = ${tenantIds[0]}` : Prisma.sql`d.tenant_id = ANY(${tenantIds}::text[])`];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The matching ids first, each arm through its trigram index (pg_trgm), then those rows by key: an
    // OR across the device columns and a sub-query on its users would scan every device instead.
    parts.push(Prisma.sql`d.id = ANY(ARRAY(
      SELECT s.id FROM device s WHERE s.tenant_id = ANY(${tenantIds}::text[]) AND (s.hostname ILIKE ${like} OR s.serial_number ILIKE ${like} OR s.ns_device_uid ILIKE ${like})
      UNION
      SELECT u.device_id FROM device_user u WHERE u.tenant_id = ANY(${tenantIds}::text[]) AND u.username ILIKE ${like}))`);
  }
  if (q.os) parts.push(Prisma.sql`d.os = ${q.os}::"Os"`);
  if (q.installMode) parts.push(Prisma.sql`d.install_mode = ${q.installMode}::"InstallMode"`);
  if (q.multiUser) parts.push(Prisma.sql`d.multi_user = ${q.multiUser === "yes"}`);
  if (q.classification) parts.push(Prisma.sql`d.classification = ${q.classification}::"Classification"`);
  if (q.band) parts.push(Prisma.sql`${bandSql("d")} = ${VERSION_BANDS.indexOf(q.band)}`);
  const predicate = readinessPredicate(q);
  if (predicate) {
    const keys = classKeysWhere(q.change, predicate);
    if (keys.length === 0) parts.push(Prisma.sql`false`);
    else if (keys.length < CLASS_COUNT) parts.push(Prisma.sql`d.class_key = ANY(${keys}::int[])`);
  }
  return Prisma.join(parts, " AND ");
}

/** A table row as the query returns it: the DTO before dates are serialised and readiness is derived from the class. */
type Row = Omit<DeviceRowDto, "lastSeenAt" | "refused" | "reasons" | "remediations"> & { lastSeenAt: Date | null; classKey: number };

/** The select list shared by the table and the CSV export. */
export const deviceSelect = (current: string[]) => Prisma.sql`
  d.id::text AS id, d.tenant_id AS "tenantId", t.name AS "tenantName", d.hostname, d.serial_number AS "serialNumber", d.ns_device_uid AS "nsDeviceUid",
  d.os::text AS os, d.os_version AS "osVersion", d.client_version AS "clientVersion", d.install_mode::text AS "installMode", d.multi_user AS "multiUser",
  d.npa_prelogon AS "npaPrelogon", d.classification::text AS classification, d.sources::text[] AS sources, d.last_seen_at AS "lastSeenAt",
  (SELECT count(*) FROM device_user u WHERE u.device_id = d.id)::int AS users, coalesce(d.class_key, ${classKeySql("d", current)}) AS "classKey"`;

export function toRowDto(r: Row, change: DeviceQuery["change"]): DeviceRowDto {
  const result = classTable(change)[r.classKey]!;
  const { classKey: _k, lastSeenAt, ...rest } = r;
  return { ...rest, lastSeenAt: lastSeenAt?.toISOString() ?? null, refused: result.refused, reasons: result.reasons.map((x) => x.code), remediations: result.remediations };
}

/**
 * The class keys a query selects when every filter it has is part of the readiness class (no text
 * search, no classification filter), else null: the total is then the roll-up's sum over those
 * classes, a few thousand rows instead of counting up to a million devices.
 */
export function rollupKeys(q: DeviceQuery): number[] | null {
  if (q.q || q.classification) return null;
  const predicate = readinessPredicate(q);
  const keys = predicate ? classKeysWhere(q.change, predicate) : Array.from({ length: CLASS_COUNT }, (_, k) => k);
  const band = q.band ? VERSION_BANDS.indexOf(q.band) : null;
  return keys.filter((k) => {
    const c = decodeClass(k);
    return (!q.os || c.os === q.os) && (!q.installMode || c.installMode === q.installMode) && (!q.multiUser || c.multiUser === (q.multiUser === "yes")) && (band === null || c.band === band);
  });
}

/** One page of devices of one tenant (404 when not visible) or of every visible tenant. */
export async function listDevices({ ctx, input }: { ctx: ServiceContext; input: DeviceQuery }): Promise<DevicePageDto> {
  const tenantIds = await reportTenantIds(ctx, input.tenantId);
  const current = await currentTokenFingerprints(ctx.db, tenantIds);
  const where = deviceWhere(input, tenantIds);
  const keys = rollupKeys(input);
  const order = Prisma.raw(`${SORT_COLUMNS[input.sort]} ${input.dir === "desc" ? "DESC" : "ASC"} NULLS LAST, d.id ASC`);
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<Row[]>`SELECT ${deviceSelect(current)} FROM device d JOIN tenant t ON t.id = d.tenant_id WHERE ${where} ORDER BY ${order} LIMIT ${input.pageSize} OFFSET ${input.page * input.pageSize}`,
    keys === null
      ? ctx.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM device d WHERE ${where}`
      : keys.length === 0
        ? [{ n: 0 }]
        : ctx.db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(devices), 0)::int AS n FROM device_rollup WHERE tenant_id = ANY(${tenantIds}::text[]) AND class_key = ANY(${keys}::int[])`,
  ]);
  return { rows: rows.map((r) => toRowDto(r, input.change)), total: count[0]?.n ?? 0, page: input.page, pageSize: input.pageSize };
}

export type { Row as DeviceSqlRow };
