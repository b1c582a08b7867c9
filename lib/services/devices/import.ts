import "server-only";
// CSV import of the console's Devices export: a preview (what would be written, every bad row with its
// line), then the import, which writes every good row in ONE transaction (all or nothing) and records
// the bad rows on the SyncRun. A file that cannot be used as a whole writes nothing.
import { TOKEN_PRESENT_LABEL } from "@/lib/domain/classification-rule";
import { parseDeviceImport, type FileErrorCode, type ImportedDevice, type RowError } from "@/lib/devices/csv-import";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";
import { INGEST_BATCH, ingestBatch, type IngestDevice } from "./ingest";
import { refreshRollup } from "./readiness-sql";
import { takeSnapshots } from "./snapshots";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_ERRORS_SHOWN = 200;

export interface ImportPreview {
  ok: boolean;
  fileError?: FileErrorCode;
  rows: number;
  good: number;
  bad: number;
  columns: Record<string, string>;
  ignoredColumns: string[];
  errors: RowError[];
  /** the first good rows, as they would be written */
  sample: (Omit<ImportedDevice, "lastSeenAt"> & { lastSeenAt: string | null })[];
  /** good rows matching devices already known (merged, not duplicated) */
  existing: number;
}

function toIngest(d: ImportedDevice): IngestDevice {
  return {
    deviceKey: d.deviceKey,
    nsDeviceUid: d.nsDeviceUid,
    hostname: d.hostname,
    serialNumber: d.serialNumber,
    os: d.os,
    osVersion: d.osVersion,
    clientVersion: d.clientVersion,
    installMode: d.installMode,
    multiUser: d.multiUser,
    npaPrelogon: d.npaPrelogon,
    protectClientConfig: d.protectClientConfig,
    classification: d.classification,
    sources: ["IMPORT"],
    intuneDeviceId: null,
    jamfComputerId: null,
    lastSeenAt: d.lastSeenAt,
    users: d.users.map((username) => ({ username, userKey: null, lastEventAt: null })),
  };
}

/** What importing this file would do; writes nothing. */
export async function previewDeviceImport({ ctx, input }: { ctx: ServiceContext; input: { tenantId: string; csv: string } }): Promise<ImportPreview> {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const parsed = parseDeviceImport(input.csv, TOKEN_PRESENT_LABEL);
  if (!parsed.ok) return { ok: false, fileError: parsed.error, rows: 0, good: 0, bad: 0, columns: {}, ignoredColumns: [], errors: [], sample: [], existing: 0 };
  const keys = parsed.devices.map((d) => d.deviceKey);
  const existing = keys.length === 0 ? 0 : Number((await ctx.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM device WHERE tenant_id = ${tenant.id} AND device_key = ANY(${keys}::text[])`)[0]?.n ?? 0);
  const badLines = new Set(parsed.errors.map((e) => e.line));
  return {
    ok: parsed.devices.length > 0,
    rows: parsed.rows,
    good: parsed.devices.length,
    bad: badLines.size,
    columns: parsed.columns as Record<string, string>,
    ignoredColumns: parsed.ignoredColumns,
    errors: parsed.errors.slice(0, MAX_ERRORS_SHOWN),
    sample: parsed.devices.slice(0, 10).map((d) => ({ ...d, lastSeenAt: d.lastSeenAt?.toISOString() ?? null })),
    existing,
  };
}

/** Imports every good row in one transaction; bad rows are reported on the run. */
export async function importDevices({ ctx, input }: { ctx: ServiceContext; input: { tenantId: string; csv: string } }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const parsed = parseDeviceImport(input.csv, TOKEN_PRESENT_LABEL);
  if (!parsed.ok) throw new ValidationError(`The file cannot be imported (${parsed.error})`);
  if (parsed.devices.length === 0) throw new ValidationError("The file has no row that can be imported");
  const startedAt = new Date();
  const devices = parsed.devices.map(toIngest);
  await ctx.db.$transaction(
    async (tx) => {
      for (let i = 0; i < devices.length; i += INGEST_BATCH) await ingestBatch(tx, tenant.id, devices.slice(i, i + INGEST_BATCH));
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  const badLines = new Set(parsed.errors.map((e) => e.line)).size;
  const run = await ctx.db.syncRun.create({
    data: {
      tenantId: tenant.id,
      source: "IMPORT",
      status: "SUCCEEDED",
      processed: devices.length,
      total: parsed.rows,
      errors: parsed.errors.slice(0, MAX_ERRORS_SHOWN) as object[],
      startedAt,
      finishedAt: new Date(),
      createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
    },
  });
  await refreshRollup(ctx.db, tenant.id);
  await takeSnapshots(ctx.db, tenant.id, new Date());
  await recordAudit(ctx, { action: "devices.import", tenantId: tenant.id, targetType: "sync_run", targetId: run.id, summary: { imported: devices.length, badRows: badLines } });
  return { runId: run.id, imported: devices.length, bad: badLines };
}
