import "server-only";
// Batched device writes, one merge statement per batch of thousands of devices, from either
//  - COPY into a temporary staging table (ingestBatchCopy: the sync job on PostgreSQL, its own pooled
//    connection and transaction), or
//  - one JSON parameter expanded with json_to_recordset (ingestBatch: inside a Prisma transaction, e.g.
//    the CSV import's all-or-nothing one, and on the embedded PGlite).
// Both run the same merge: a value left null means "this source does not know": the stored value is
// kept, so Netskope, Intune, Jamf and an import each fill in what they know about the same device.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { clientVersionSortNumber, parseClientVersion } from "@/lib/domain/client-version";
import type { Db } from "@/lib/server/db";

export type { IngestDevice, IngestUser, StoredClassification, StoredSource } from "@/lib/devices/device-record";
import type { IngestDevice } from "@/lib/devices/device-record";

/** The merge key of DOMAIN.md / the schema: Netskope device uid, else serial number, else host name. */
export function deviceKeyOf(d: { nsDeviceUid?: string | null; serialNumber?: string | null; hostname?: string | null }): string | null {
  const key = d.nsDeviceUid?.trim() || d.serialNumber?.trim() || d.hostname?.trim();
  return key ? key.toLowerCase() : null;
}

export const INGEST_BATCH = 10_000;

const STAGE_COLUMNS = `key text, uid text, host text, serial text, os text, os_version text, cv text, cvn int, mode text, multi bool, npa bool,
  protect bool, cls text, sources text, intune text, jamf text, seen timestamptz`;

/** The merge of the rows of `source` (columns STAGE_COLUMNS) into the devices of tenant $1. */
const mergeSql = (source: string) => `
    WITH v AS (SELECT * FROM ${source}),
    -- One index probe per row: which devices exist already (merged below), which are new (plain insert,
    -- no speculative ON CONFLICT insertion: syncs of a tenant run one at a time).
    ex AS (SELECT d.id, v.* FROM v JOIN device d ON d.tenant_id = $1 AND d.device_key = v.key),
    ins AS (
      INSERT INTO device (tenant_id, device_key, ns_device_uid, hostname, serial_number, os, os_version, client_version, client_version_num,
        install_mode, multi_user, npa_prelogon, protect_client_config, classification, sources, intune_device_id, jamf_computer_id, last_seen_at)
      SELECT $1, v.key, v.uid, v.host, v.serial, coalesce(v.os, 'OTHER')::"Os", v.os_version, v.cv, v.cvn,
        coalesce(v.mode, 'UNKNOWN')::"InstallMode", coalesce(v.multi, false), coalesce(v.npa, false), coalesce(v.protect, false),
        coalesce(v.cls, 'UNKNOWN')::"Classification", v.sources::"DeviceSource"[], v.intune, v.jamf, v.seen
      FROM v WHERE v.key NOT IN (SELECT key FROM ex)
    )
    UPDATE device d SET
      ns_device_uid = coalesce(ex.uid, d.ns_device_uid),
      hostname = coalesce(ex.host, d.hostname),
      serial_number = coalesce(ex.serial, d.serial_number),
      os = coalesce(ex.os::"Os", d.os),
      os_version = coalesce(ex.os_version, d.os_version),
      client_version = coalesce(ex.cv, d.client_version),
      client_version_num = CASE WHEN ex.cv IS NULL THEN d.client_version_num ELSE ex.cvn END,
      install_mode = coalesce(ex.mode::"InstallMode", d.install_mode),
      multi_user = coalesce(ex.multi, d.multi_user),
      npa_prelogon = coalesce(ex.npa, d.npa_prelogon),
      protect_client_config = coalesce(ex.protect, d.protect_client_config),
      classification = coalesce(ex.cls::"Classification", d.classification),
      sources = ARRAY(SELECT DISTINCT unnest(d.sources || ex.sources::"DeviceSource"[]) ORDER BY 1),
      intune_device_id = coalesce(ex.intune, d.intune_device_id),
      jamf_computer_id = coalesce(ex.jamf, d.jamf_computer_id),
      last_seen_at = GREATEST(d.last_seen_at, ex.seen),
      updated_at = now()
    FROM ex WHERE d.id = ex.id`;

const mergeParts = mergeSql("device_stage");
const UPDATE_FROM_STAGE = `UPDATE device d SET ${mergeParts.slice(mergeParts.indexOf("UPDATE device d SET") + "UPDATE device d SET".length, mergeParts.indexOf("FROM ex WHERE"))}
    FROM device_stage ex WHERE d.tenant_id = $1 AND d.device_key = ex.key`;
const INSERT_FROM_STAGE = `${mergeParts.slice(mergeParts.indexOf("INSERT INTO device"), mergeParts.indexOf("FROM v WHERE v.key NOT IN"))}
    FROM device_stage v ON CONFLICT (tenant_id, device_key) DO NOTHING`;

/** Users of the batch's devices, $1 the tenant and $2..$5 parallel arrays (key, username, user key, last event). */
const USERS_SQL = `
      INSERT INTO device_user (device_id, tenant_id, username, user_key, last_event_at)
      SELECT d.id, $1, u.username, u.user_key, u.seen
      FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS u(key, username, user_key, seen)
      JOIN device d ON d.tenant_id = $1 AND d.device_key = u.key
      ON CONFLICT (device_id, username) DO UPDATE SET
        user_key = coalesce(EXCLUDED.user_key, device_user.user_key),
        last_event_at = GREATEST(device_user.last_event_at, EXCLUDED.last_event_at)`;

const versionNum = (d: IngestDevice) => (d.clientVersion === null ? null : clientVersionSortNumber(parseClientVersion(d.clientVersion)));
const userArrays = (batch: readonly IngestDevice[]) => {
  const users = batch.flatMap((d) => d.users.map((u) => ({ key: d.deviceKey, ...u })));
  return users.length === 0 ? null : [users.map((u) => u.key), users.map((u) => u.username), users.map((u) => u.userKey), users.map((u) => u.lastEventAt)];
};

/** Inserts or merges one batch of devices (and their users) of a tenant; returns the rows written. */
export async function ingestBatch(db: Pick<Db, "$executeRawUnsafe">, tenantId: string, batch: readonly IngestDevice[]): Promise<number> {
  if (batch.length === 0) return 0;
  // One JSON parameter expanded by json_to_recordset: serialising one string is far cheaper, in Node
  // and in the driver, than seventeen arrays of thousands of values each.
  const rows = JSON.stringify(
    batch.map((d) => ({
      key: d.deviceKey, uid: d.nsDeviceUid, host: d.hostname, serial: d.serialNumber, os: d.os, os_version: d.osVersion, cv: d.clientVersion,
      cvn: versionNum(d), mode: d.installMode, multi: d.multiUser, npa: d.npaPrelogon, protect: d.protectClientConfig, cls: d.classification,
      sources: `{${d.sources.join(",")}}`, intune: d.intuneDeviceId, jamf: d.jamfComputerId, seen: d.lastSeenAt,
    })),
  );
  await db.$executeRawUnsafe(mergeSql(`json_to_recordset($2::json) AS v(${STAGE_COLUMNS})`), tenantId, rows);
  const users = userArrays(batch);
  if (users) await db.$executeRawUnsafe(USERS_SQL, tenantId, ...users);
  return batch.length;
}

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
const copyText = (v: string | number | boolean | Date | null): string => {
  if (v === null) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (v instanceof Date) return v.toISOString();
  return String(v).replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
};

/**
 * The same merge as ingestBatch, the rows streamed with COPY into a temporary staging table dropped at
 * commit, on a connection of `pool` in one transaction (batch and users together, or nothing).
 */
export async function ingestBatchCopy(pool: pg.Pool, tenantId: string, batch: readonly IngestDevice[]): Promise<number> {
  if (batch.length === 0) return 0;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`CREATE TEMPORARY TABLE device_stage (${STAGE_COLUMNS}) ON COMMIT DROP`);
    const lines = batch.map(
      (d) =>
        [d.deviceKey, d.nsDeviceUid, d.hostname, d.serialNumber, d.os, d.osVersion, d.clientVersion, versionNum(d), d.installMode, d.multiUser, d.npaPrelogon,
          d.protectClientConfig, d.classification, `{${d.sources.join(",")}}`, d.intuneDeviceId, d.jamfComputerId, d.lastSeenAt]
          .map(copyText)
          .join("\t") + "\n",
    );
    await pipeline(Readable.from([lines.join("")]), client.query(copyFrom("COPY device_stage FROM STDIN")));
    // statistics, so the merge probes the device index per staged row instead of scanning the table
    await client.query("ANALYZE device_stage");
    // Existing devices merged first, then the new ones inserted (the staging table is read twice, which
    // costs less than carrying the matches through a CTE).
    await client.query(UPDATE_FROM_STAGE, [tenantId]);
    await client.query(INSERT_FROM_STAGE, [tenantId]);
    const users = userArrays(batch);
    if (users) await client.query(USERS_SQL, [tenantId, ...users]);
    await client.query("COMMIT");
    return batch.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
