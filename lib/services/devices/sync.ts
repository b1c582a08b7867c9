import "server-only";
// Device sync for one tenant: Netskope client status (datasearch for small tenants, the data-export
// iterator for large ones), Intune managed devices and Jamf computers, merged per device (Netskope
// device uid, else serial number, else host name), written in batches with progress on the SyncRun,
// then the roll-up and a readiness snapshot per planned change.
import type { ClientStatusDevice, JamfComputer, ManagedDevice } from "@/lib/integrations/types";
import type { IntuneClient } from "@/lib/integrations/intune/client";
import type { JamfClient } from "@/lib/integrations/jamf/client";
import type { NetskopeClient } from "@/lib/integrations/netskope/client";
import type { ClassMode, ClassOs } from "@/lib/domain/readiness-class";
import type { Db } from "@/lib/server/db";
import type pg from "pg";
import { deviceKeyOf, INGEST_BATCH, ingestBatch, ingestBatchCopy, type IngestDevice } from "./ingest";
import { refreshRollup } from "./readiness-sql";
import { takeSnapshots } from "./snapshots";
import { TOKEN_PRESENT_LABEL } from "@/lib/domain/classification-rule";

/** Above this many devices (as of the last sync) the tenant is read through the data export. */
export const EXPORT_THRESHOLD = 10_000;
/** Client status is read for devices seen in this window. */
const WINDOW_DAYS = 90;

export interface SyncClients {
  netskope: () => Promise<NetskopeClient>;
  intune: (connectionId: string) => Promise<IntuneClient>;
  jamf: (connectionId: string) => Promise<JamfClient>;
  now?: () => Date;
  /** Overrides EXPORT_THRESHOLD (tests). */
  exportAbove?: number;
  /** A pool on the same database: devices are then written through COPY (ingestBatchCopy); not on PGlite. */
  copyPool?: pg.Pool;
}

const osOf = (os: "windows" | "macos" | null, name: string | null): ClassOs | null => (os === "windows" ? "WINDOWS" : os === "macos" ? "MACOS" : name ? "OTHER" : null);
const date = (iso: string | null) => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** The stored classification from Netskope's labels: ours present, other labels missing, none unknown (kept). */
export function classificationOf(labels: readonly string[]): IngestDevice["classification"] {
  if (labels.length === 0) return null;
  return labels.some((l) => l.trim().toLowerCase() === TOKEN_PRESENT_LABEL.toLowerCase()) ? "TOKEN_PRESENT" : "TOKEN_MISSING";
}

const blank = (key: string): IngestDevice => ({
  deviceKey: key,
  nsDeviceUid: null,
  hostname: null,
  serialNumber: null,
  os: null,
  osVersion: null,
  clientVersion: null,
  installMode: null,
  multiUser: null,
  npaPrelogon: null,
  protectClientConfig: null,
  classification: null,
  sources: [],
  intuneDeviceId: null,
  jamfComputerId: null,
  lastSeenAt: null,
  users: [],
});

/** Merges vendor records into one record per device. Pure: exported for tests. */
export class DeviceMerge {
  readonly devices = new Map<string, IngestDevice>();
  private bySerial = new Map<string, IngestDevice>();
  private byHost = new Map<string, IngestDevice>();

  private index(d: IngestDevice) {
    if (d.serialNumber) this.bySerial.set(d.serialNumber.toLowerCase(), d);
    if (d.hostname) this.byHost.set(d.hostname.toLowerCase(), d);
  }

  addNetskope(r: ClientStatusDevice) {
    const key = deviceKeyOf({ nsDeviceUid: r.nsdeviceuid, serialNumber: r.serialNumber, hostname: r.hostname });
    if (!key) return;
    const d = this.devices.get(key) ?? blank(key);
    d.nsDeviceUid ??= r.nsdeviceuid;
    d.hostname ??= r.hostname;
    d.serialNumber ??= r.serialNumber;
    d.os ??= osOf(r.os, r.osName);
    d.osVersion ??= r.osVersion;
    d.clientVersion ??= r.clientVersion;
    d.classification ??= classificationOf(r.classification);
    if (!d.sources.includes("NETSKOPE")) d.sources.push("NETSKOPE");
    const seen = date(r.lastEventAt);
    if (seen && (!d.lastSeenAt || seen > d.lastSeenAt)) d.lastSeenAt = seen;
    const username = r.user?.username?.trim();
    if (username && !d.users.some((u) => u.username === username)) d.users.push({ username, userKey: r.user?.userKey ?? null, lastEventAt: seen });
    // Several users on one device is per-user configuration at work (each login enrolls).
    if (d.users.length > 1) d.multiUser = true;
    this.devices.set(key, d);
    this.index(d);
  }

  /** Finds the device an MDM record describes; creates it only when `create` (an MDM serving this tenant alone). */
  private match(serial: string | null, host: string | null, create: boolean): IngestDevice | null {
    const found = (serial && this.bySerial.get(serial.toLowerCase())) || (host && this.byHost.get(host.toLowerCase())) || null;
    if (found || !create) return found;
    const key = deviceKeyOf({ serialNumber: serial, hostname: host });
    if (!key) return null;
    const d = blank(key);
    d.serialNumber = serial;
    d.hostname = host;
    this.devices.set(key, d);
    this.index(d);
    return d;
  }

  addIntune(m: ManagedDevice, create: boolean, inferred: Inferred) {
    const d = this.match(m.serialNumber, m.deviceName, create);
    if (!d) return false;
    d.intuneDeviceId = m.id;
    d.os ??= osOf(m.os, m.osName);
    d.osVersion ??= m.osVersion;
    if (!d.sources.includes("INTUNE")) d.sources.push("INTUNE");
    applyInferred(d, inferred[d.os === "MACOS" ? "macos" : "windows"]);
    return true;
  }

  addJamf(c: JamfComputer, create: boolean, inferred: Inferred) {
    const d = this.match(c.serialNumber, c.name, create);
    if (!d) return false;
    d.jamfComputerId = c.id;
    d.os ??= "MACOS";
    d.osVersion ??= c.osVersion;
    if (!d.sources.includes("JAMF")) d.sources.push("JAMF");
    applyInferred(d, inferred.macos);
    return true;
  }
}

/** Install mode and multi-user as the MDM install commands of a platform say (when they all agree). */
export type Inferred = Record<"windows" | "macos", { installMode: ClassMode | null; multiUser: boolean | null }>;
function applyInferred(d: IngestDevice, i: { installMode: ClassMode | null; multiUser: boolean | null }) {
  d.installMode ??= i.installMode;
  if (i.multiUser !== null && d.multiUser === null) d.multiUser = i.multiUser;
}

function agreed<T>(values: (T | null)[]): T | null {
  const known = values.filter((v): v is T => v !== null);
  return known.length > 0 && known.every((v) => v === known[0]) ? known[0]! : null;
}

async function progress(db: Db, runId: string, data: { processed?: number; total?: number | null }) {
  await db.syncRun.update({ where: { id: runId }, data });
}

/** Runs a queued sync to the end (the job handler's body); marks the run FAILED with a public message on error. */
export async function runDeviceSync(db: Db, runId: string, clients: SyncClients): Promise<void> {
  const run = await db.syncRun.update({ where: { id: runId }, data: { status: "RUNNING", startedAt: new Date(), processed: 0, total: null } });
  const tenantId = run.tenantId;
  try {
    const merge = new DeviceMerge();
    const now = clients.now?.() ?? new Date();
    let fetched = 0;
    const ns = await clients.netskope();
    const known = await db.device.count({ where: { tenantId } });
    const pages =
      known > (clients.exportAbove ?? EXPORT_THRESHOLD)
        ? ns.iterateClientStatusExport({ iteratorName: `eh-${runId}`.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64) })
        : ns.iterateClientStatus({ startTime: new Date(now.getTime() - WINDOW_DAYS * 86_400_000), endTime: now });
    for await (const page of pages) {
      for (const r of page) merge.addNetskope(r);
      fetched += page.length;
      await progress(db, runId, { processed: fetched });
    }
    const targets = await db.mdmTarget.findMany({ where: { tenantId }, select: { connectionId: true, platform: true, installMode: true, multiUser: true, connection: { select: { kind: true } } } });
    const connections = [...new Map(targets.map((t) => [t.connectionId, t.connection.kind])).entries()];
    const tenantsOf = new Map<string, number>();
    for (const c of connections) {
      const rows = await db.mdmTarget.findMany({ where: { connectionId: c[0] }, distinct: ["tenantId"], select: { tenantId: true } });
      tenantsOf.set(c[0], rows.length);
    }
    for (const [connectionId, kind] of connections) {
      const mine = targets.filter((t) => t.connectionId === connectionId);
      const inferred: Inferred = {
        windows: { installMode: agreed(mine.filter((t) => t.platform === "windows").map((t) => t.installMode)), multiUser: agreed(mine.filter((t) => t.platform === "windows").map((t) => t.multiUser)) },
        macos: { installMode: agreed(mine.filter((t) => t.platform === "macos").map((t) => t.installMode)), multiUser: agreed(mine.filter((t) => t.platform === "macos").map((t) => t.multiUser)) },
      };
      // An MDM serving several Netskope tenants only enriches devices this tenant already has.
      const create = tenantsOf.get(connectionId) === 1;
      if (kind === "INTUNE") {
        for (const m of await (await clients.intune(connectionId)).listManagedDevices()) merge.addIntune(m, create, inferred);
      } else {
        for (const c of await (await clients.jamf(connectionId)).listComputers()) merge.addJamf(c, create, inferred);
      }
    }
    const all = [...merge.devices.values()];
    await progress(db, runId, { processed: 0, total: all.length });
    let written = 0;
    for (let i = 0; i < all.length; i += INGEST_BATCH) {
      const batch = all.slice(i, i + INGEST_BATCH);
      written += clients.copyPool ? await ingestBatchCopy(clients.copyPool, tenantId, batch) : await ingestBatch(db, tenantId, batch);
      await progress(db, runId, { processed: written });
    }
    await refreshRollup(db, tenantId);
    await takeSnapshots(db, tenantId, now);
    await db.tenant.update({ where: { id: tenantId }, data: { lastSyncedAt: now } });
    await db.syncRun.update({ where: { id: runId }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
  } catch (error) {
    const message = error instanceof Error && "code" in error ? `${String((error as { code: unknown }).code)}: ${error.message}` : "The sync failed";
    await db.syncRun.update({ where: { id: runId }, data: { status: "FAILED", finishedAt: new Date(), errors: [{ message: message.slice(0, 300) }] } });
    throw error;
  }
}
