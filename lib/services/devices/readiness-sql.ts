import "server-only";
// The SQL side of readiness classes (lib/domain/readiness-class.ts): the class key as a SQL expression
// over the stored device columns, the per-tenant roll-up refreshed at sync time, and the fold of
// roll-up rows through the pure rules into the report. Devices never leave the database.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { BAND_FLOORS, CLASS_MODES, CLASS_OS, decodeClass, VERSION_BANDS } from "@/lib/domain/readiness-class";

type Executor = Pick<Db, "$queryRaw" | "$executeRaw">;

export const bandSql = (alias: string) => {
  const col = Prisma.raw(`${alias}.client_version_num`);
  const cases = BAND_FLOORS.slice(1)
    .map((floor, i) => ({ floor, band: i + 2 }))
    .reverse()
    .map(({ floor, band: b }) => Prisma.sql`WHEN ${col} >= ${Prisma.raw(String(floor))} THEN ${Prisma.raw(String(b))}`);
  return Prisma.sql`(CASE WHEN ${col} IS NULL THEN 0 ${Prisma.join(cases, " ")} ELSE 1 END)`;
};

const indexOf = (column: string, values: readonly string[]) =>
  Prisma.raw(`(CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(" ")} ELSE ${values.length - 1} END)`);

/** The fingerprints of the current authentication tokens of these tenants (a handful per tenant). */
export async function currentTokenFingerprints(db: Executor, tenantIds: string[]): Promise<string[]> {
  if (tenantIds.length === 0) return [];
  const rows = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT fingerprint FROM token WHERE tenant_id = ANY(${tenantIds}::text[]) AND kind = 'AUTH' AND stage = 'CURRENT'`;
  return rows.map((r) => r.fingerprint);
}

/**
 * "Holds the current token": classified token-present, and when we know which token it was last given
 * (nsdiag run state), that token is one of the tenant's current authentication tokens. Fingerprints are
 * keyed HMACs, so one list for several tenants cannot match across tenants; a list parameter keeps
 * this a cheap per-row test instead of a sub-query per device.
 */
export const hasCurrentTokenSql = (alias: string, current: string[]) =>
  Prisma.sql`(${Prisma.raw(alias)}.classification = 'TOKEN_PRESENT' AND (${Prisma.raw(alias)}.token_fingerprint IS NULL OR ${Prisma.raw(alias)}.token_fingerprint = ANY(${current}::text[])))`;

/** The readiness class key of a device row, the same number as encodeClass(classOf(device)). */
export function classKeySql(alias: string, current: string[]): Prisma.Sql {
  const bit = (expr: Prisma.Sql | string) => (typeof expr === "string" ? Prisma.raw(`(${expr})::int`) : Prisma.sql`(${expr})::int`);
  const os = indexOf(`${alias}.os`, CLASS_OS);
  const mode = indexOf(`${alias}.install_mode`, CLASS_MODES);
  return Prisma.sql`((((((${os} * ${Prisma.raw(String(VERSION_BANDS.length))} + ${bandSql(alias)}) * ${Prisma.raw(String(CLASS_MODES.length))} + ${mode}) * 2 + ${bit(`${alias}.multi_user`)}) * 2 + ${bit(`${alias}.npa_prelogon`)}) * 2 + ${bit(`${alias}.protect_client_config`)}) * 2 + ${bit(hasCurrentTokenSql(alias, current))})`;
}

/**
 * Stores each device's class key (only rows whose class changed are written) and recounts the tenant's
 * devices per class into device_rollup, in one transaction: the report and the table's readiness
 * filters (an index on tenant and class key) then read the same classes.
 */
export async function refreshRollup(db: Db, tenantId: string): Promise<void> {
  const current = await currentTokenFingerprints(db, [tenantId]);
  const key = classKeySql("d", current);
  await db.$transaction([
    db.$executeRaw`UPDATE device d SET class_key = ${key} WHERE d.tenant_id = ${tenantId} AND d.class_key IS DISTINCT FROM ${key}`,
    db.$executeRaw`DELETE FROM device_rollup WHERE tenant_id = ${tenantId}`,
    db.$executeRaw`
      INSERT INTO device_rollup (tenant_id, class_key, devices, users, updated_at)
      SELECT ${tenantId}, d.class_key, count(*)::int, sum(GREATEST(coalesce(u.n, 0), 1))::int, now()
      FROM device d
      LEFT JOIN (SELECT device_id, count(*) AS n FROM device_user WHERE tenant_id = ${tenantId} GROUP BY device_id) u ON u.device_id = d.id
      WHERE d.tenant_id = ${tenantId}
      GROUP BY d.class_key`,
  ]);
}

export interface RollupRow {
  tenantId: string;
  classKey: number;
  devices: number;
  users: number;
}

/** The roll-up rows of these tenants. */
export async function readRollup(db: Executor, tenantIds: string[]): Promise<RollupRow[]> {
  if (tenantIds.length === 0) return [];
  return db.$queryRaw<RollupRow[]>`
    SELECT tenant_id AS "tenantId", class_key AS "classKey", devices, users
    FROM device_rollup WHERE tenant_id = ANY(${tenantIds}::text[])`;
}

/** The roll-up of these tenants summed per class (at most CLASS_COUNT rows, whatever the fleet). */
export async function readRollupTotals(db: Executor, tenantIds: string[]): Promise<Omit<RollupRow, "tenantId">[]> {
  if (tenantIds.length === 0) return [];
  return db.$queryRaw<Omit<RollupRow, "tenantId">[]>`
    SELECT class_key AS "classKey", sum(devices)::int AS devices, sum(users)::int AS users
    FROM device_rollup WHERE tenant_id = ANY(${tenantIds}::text[]) GROUP BY class_key`;
}

/**
 * Devices per tenant as of each tenant's last sync or import, from the roll-up (a few rows per tenant)
 * instead of counting up to a million device rows on every request.
 */
export async function deviceCountsByTenant(db: Executor, tenantIds: string[]): Promise<Map<string, number>> {
  if (tenantIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ tenantId: string; devices: number }[]>`
    SELECT tenant_id AS "tenantId", sum(devices)::int AS devices FROM device_rollup WHERE tenant_id = ANY(${tenantIds}::text[]) GROUP BY tenant_id`;
  return new Map(rows.map((r) => [r.tenantId, r.devices]));
}

export { decodeClass };
