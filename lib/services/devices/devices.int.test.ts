// Device sync against the real simulator (Netskope client status, Intune managed devices, Jamf
// computers) and the readiness report in SQL against the pure domain over the same devices.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createIntuneClient } from "@/lib/integrations/intune/client";
import { createJamfClient } from "@/lib/integrations/jamf/client";
import { createNetskopeClient } from "@/lib/integrations/netskope/client";
import { PLANNED_CHANGES, toFleetDevice, type ClassMode, type ClassOs } from "@/lib/domain/readiness-class";
import { summarizeFleet } from "@/lib/domain/readiness-fleet";
import { foldClassCounts } from "@/lib/domain/readiness-report";
import { DeviceQuery } from "@/lib/devices/query";
import { systemContext, type ServiceContext } from "@/lib/server/context";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";
import type { RunningSimulator } from "@/simulators/index";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { importDevices, previewDeviceImport } from "./import";
import { ingestBatch, ingestBatchCopy, type IngestDevice } from "./ingest";
import { listDevices } from "./list";
import { readRollup, refreshRollup } from "./readiness-sql";
import { refreshTenantReadiness } from "./refresh";
import { readinessReport } from "./report";
import { latestReadinessByTenant } from "./readiness-summary";
import { runDeviceSync, type SyncClients } from "./sync";

let db: PrismaClient;
let drop: () => Promise<void>;
let sim: RunningSimulator;
let ctx: ServiceContext;
let pool: pg.Pool;

beforeAll(async () => {
  sim = await startTestSimulator();
  const fresh = await createMigratedDatabase("eh_it_devices");
  drop = fresh.drop;
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url, max: 3 }) });
  pool = new pg.Pool({ connectionString: fresh.url, max: 1 });
  ctx = { ...systemContext("test"), db };
});
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
  await drop();
  await sim.close();
});

const tenantRow = (slug: string) => ({ name: slug, slug, addonHost: `addon-${slug}.goskope.com`, apiBaseUrl: sim.netskopeBaseUrl(slug) });

function clients(): SyncClients {
  return {
    netskope: async () => createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(TEST.acme.slug), apiToken: TEST.acme.rwToken }),
    intune: async () => createIntuneClient({ tenantId: TEST.intune.tenantId, clientId: TEST.intune.clientId, clientSecret: TEST.intune.clientSecret, authorityHost: sim.httpsUrl, graphBaseUrl: sim.graphBaseUrl, caCertificate: sim.caCertificate }),
    jamf: async () => createJamfClient({ baseUrl: sim.jamfBaseUrl(TEST.jamf.instance), clientId: TEST.jamf.clientId, clientSecret: TEST.jamf.clientSecret }),
    // the test scenario's instant: client status is read for the 90 days before it
    now: () => new Date("2026-03-01T12:00:00Z"),
  };
}

describe("device sync", () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await db.tenant.create({ data: tenantRow(TEST.acme.slug) })).id;
    const intune = await db.mdmConnection.create({ data: { kind: "INTUNE", name: "intune", baseUrl: sim.graphBaseUrl, clientId: "x", encryptedClientSecret: "x" } });
    const jamf = await db.mdmConnection.create({ data: { kind: "JAMF", name: "jamf", baseUrl: sim.jamfBaseUrl(TEST.jamf.instance), clientId: "x", encryptedClientSecret: "x" } });
    await db.mdmTarget.createMany({
      data: [
        { tenantId, connectionId: intune.id, kind: "INTUNE_WIN32_APP", externalId: "app-1", name: "Netskope Client", platform: "windows", installMode: "UPN", multiUser: true },
        { tenantId, connectionId: jamf.id, kind: "JAMF_POLICY", externalId: "1", name: "Netskope", platform: "macos", installMode: "IDP", multiUser: false },
      ],
    });
  });

  it("merges Netskope, Intune and Jamf per device, with progress, roll-up and snapshots", async () => {
    const run = await db.syncRun.create({ data: { tenantId, source: "NETSKOPE" } });
    await runDeviceSync(db, run.id, clients());
    const done = await db.syncRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(done).toMatchObject({ status: "SUCCEEDED", processed: 8, total: 8 });

    const devices = await db.device.findMany({ where: { tenantId }, include: { users: true }, orderBy: { deviceKey: "asc" } });
    // 7 Netskope devices plus the Jamf computer no client reports (this Jamf serves acme alone).
    expect(devices).toHaveLength(8);
    const byHost = new Map(devices.map((d) => [d.hostname, d]));
    const ws1 = byHost.get("ACME-WS-0001")!;
    expect(ws1.deviceKey).toBe(TEST.acme.device("ACME-WS-0001").toLowerCase());
    expect(ws1.sources).toEqual(["NETSKOPE", "INTUNE"]);
    expect(ws1.intuneDeviceId).not.toBeNull();
    expect(ws1.users).toHaveLength(2);
    expect(ws1).toMatchObject({ multiUser: true, installMode: "UPN", os: "WINDOWS" });
    const mac4 = byHost.get("acme-mbp-0004")!;
    expect(mac4.sources).toEqual(["NETSKOPE", "INTUNE", "JAMF"]);
    expect(mac4).toMatchObject({ installMode: "IDP", os: "MACOS" });
    expect(mac4.jamfComputerId).not.toBeNull();
    const orphan = byHost.get("acme-mbp-0099")!;
    expect(orphan).toMatchObject({ sources: ["JAMF"], deviceKey: "c02aaaa0099", clientVersion: null, nsDeviceUid: null });
    expect(byHost.get("ACME-KIOSK-07")!.sources).toEqual(["NETSKOPE"]);

    const rollup = await readRollup(db, [tenantId]);
    expect(rollup.reduce((n, r) => n + r.devices, 0)).toBe(8);
    const snapshots = await db.readinessSnapshot.findMany({ where: { tenantId } });
    expect(snapshots.map((s) => s.change).sort()).toEqual([...PLANNED_CHANGES].sort());
    const latest = (await latestReadinessByTenant({ ctx, input: { tenantIds: [tenantId] } })).get(tenantId)!;
    expect(latest.devices).toBe(8);
    expect(Object.keys(latest.changes).sort()).toEqual([...PLANNED_CHANGES].sort());
  });

  it("is idempotent, and the export iterator path (written through COPY) gives the same devices", async () => {
    const before = await db.device.findMany({ where: { tenantId }, include: { users: true }, orderBy: { deviceKey: "asc" } });
    const run = await db.syncRun.create({ data: { tenantId, source: "NETSKOPE" } });
    await runDeviceSync(db, run.id, { ...clients(), exportAbove: 0, copyPool: pool });
    const after = await db.device.findMany({ where: { tenantId }, include: { users: true }, orderBy: { deviceKey: "asc" } });
    const shape = (ds: typeof before) => ds.map((d) => ({ key: d.deviceKey, v: d.clientVersion, s: d.sources, u: d.users.map((u) => u.username).sort(), m: d.multiUser }));
    expect(shape(after)).toEqual(shape(before));
    const log = (await (await fetch(`${sim.url}/__admin/requests?vendor=netskope`)).json()) as { entries: { path: string }[] };
    expect(log.entries.some((r) => r.path.includes("/dataexport/iterator/"))).toBe(true);
    expect(await db.readinessSnapshot.count({ where: { tenantId } })).toBe(6);
  });

  it("merges through COPY as through JSON: an unknown value keeps the stored one, text survives COPY's escapes", async () => {
    const t = (await db.tenant.create({ data: tenantRow("copy-merge") })).id;
    const base: IngestDevice = {
      deviceKey: "copy-1", nsDeviceUid: "copy-1", hostname: "host\\with\ttab", serialNumber: "SN-1", os: "WINDOWS", osVersion: "10.0", clientVersion: "123.0.1",
      installMode: "UPN", multiUser: true, npaPrelogon: true, protectClientConfig: false, classification: "TOKEN_PRESENT", sources: ["NETSKOPE"],
      intuneDeviceId: null, jamfComputerId: null, lastSeenAt: new Date("2026-11-01T00:00:00Z"), users: [{ username: "a@example.test", userKey: null, lastEventAt: null }],
    };
    await ingestBatchCopy(pool, t, [base]);
    const unknown: IngestDevice = {
      ...base, nsDeviceUid: null, hostname: null, serialNumber: null, os: null, osVersion: null, clientVersion: null, installMode: null, multiUser: null,
      npaPrelogon: null, protectClientConfig: null, classification: null, sources: ["INTUNE"], intuneDeviceId: "intune-1", lastSeenAt: new Date("2026-10-01T00:00:00Z"),
      users: [{ username: "b@example.test", userKey: null, lastEventAt: null }],
    };
    await ingestBatchCopy(pool, t, [unknown]);
    const d = await db.device.findFirstOrThrow({ where: { tenantId: t }, include: { users: true } });
    expect(d).toMatchObject({
      hostname: "host\\with\ttab", serialNumber: "SN-1", os: "WINDOWS", clientVersion: "123.0.1", installMode: "UPN", multiUser: true, npaPrelogon: true,
      classification: "TOKEN_PRESENT", sources: ["NETSKOPE", "INTUNE"], intuneDeviceId: "intune-1", lastSeenAt: new Date("2026-11-01T00:00:00Z"),
    });
    expect(d.users.map((u) => u.username).sort()).toEqual(["a@example.test", "b@example.test"]);
    // the JSON path gives the same row for the same two batches
    const j = (await db.tenant.create({ data: tenantRow("json-merge") })).id;
    await ingestBatch(db, j, [base]);
    await ingestBatch(db, j, [unknown]);
    const e = await db.device.findFirstOrThrow({ where: { tenantId: j } });
    const pick = (x: typeof e) => ({ ...x, id: null, tenantId: null, createdAt: null, updatedAt: null });
    const { users: _users, ...copied } = d;
    expect(pick(e)).toEqual(pick(copied));
  });

  it("marks the run FAILED with a message when Netskope refuses the API token", async () => {
    const run = await db.syncRun.create({ data: { tenantId, source: "NETSKOPE" } });
    const bad = { ...clients(), netskope: async () => createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(TEST.acme.slug), apiToken: "wrong-token" }) };
    await expect(runDeviceSync(db, run.id, bad)).rejects.toThrow();
    const failed = await db.syncRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(failed.status).toBe("FAILED");
    expect(JSON.stringify(failed.errors)).not.toContain("wrong-token");
  });
});

// A seeded pseudo-random fleet covering every OS, mode, version band and flag.
function fleet(n: number, seed: number): IngestDevice[] {
  let s = seed;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const versions = [null, "garbage", "R95", "110.2.0", "R111", "116.0.3", "R116.1", "116.1.0", "R120", "120.0.9", "R120.1", "120.1.0.2300", "122.4.1", "R123", "123.0.1", "R124", "124.0.0", "126.2.1"];
  const oses: (ClassOs | null)[] = ["WINDOWS", "MACOS", "OTHER", null];
  const modes: (ClassMode | null)[] = ["UPN", "IDP", "EMAIL_INVITE", "UNKNOWN", null];
  return Array.from({ length: n }, (_, i) => ({
    deviceKey: `dev-${seed}-${i}`,
    nsDeviceUid: `dev-${seed}-${i}`,
    hostname: `host-${i}`,
    serialNumber: null,
    os: oses[rnd(oses.length)]!,
    osVersion: null,
    clientVersion: versions[rnd(versions.length)]!,
    installMode: modes[rnd(modes.length)]!,
    multiUser: rnd(3) > 0,
    npaPrelogon: rnd(4) === 0,
    protectClientConfig: rnd(3) === 0,
    classification: (["TOKEN_PRESENT", "TOKEN_MISSING", "UNKNOWN"] as const)[rnd(3)]!,
    sources: ["IMPORT"],
    intuneDeviceId: null,
    jamfComputerId: null,
    lastSeenAt: new Date(Date.UTC(2026, 10, 1 + rnd(20))),
    users: Array.from({ length: rnd(4) }, (_, u) => ({ username: `user${u}@example.test`, userKey: null, lastEventAt: null })),
  }));
}

describe("readiness in SQL equals the pure domain", () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await db.tenant.create({ data: tenantRow("fleet") })).id;
    const set = await db.tokenSet.create({ data: { tenantId } });
    await db.token.create({ data: { tenantId, tokenSetId: set.id, kind: "AUTH", encryptedValue: "x", fingerprint: "fp-current", stage: "CURRENT" } });
    await db.token.create({ data: { tenantId, tokenSetId: set.id, kind: "AUTH", encryptedValue: "y", fingerprint: "fp-old", stage: "PREVIOUS" } });
    const devices = fleet(3000, 7);
    for (let i = 0; i < devices.length; i += 1000) await ingestBatch(db, tenantId, devices.slice(i, i + 1000));
    // Which token a device was last given: current, the previous one, or not known.
    await db.$executeRaw`UPDATE device SET token_fingerprint = CASE WHEN random() < 0.3 THEN 'fp-old' WHEN random() < 0.5 THEN 'fp-current' ELSE NULL END WHERE tenant_id = ${tenantId}`;
    await refreshRollup(db, tenantId);
  });

  it("gives summarizeFleet's counts by reason, remediation and step, for every change", async () => {
    const rows = await db.device.findMany({ where: { tenantId }, include: { _count: { select: { users: true } } } });
    expect(rows).toHaveLength(3000);
    const pure = rows.map((d) =>
      toFleetDevice({
        os: d.os,
        clientVersion: d.clientVersion,
        installMode: d.installMode,
        multiUser: d.multiUser,
        npaPrelogon: d.npaPrelogon,
        protectClientConfig: d.protectClientConfig,
        hasCurrentToken: d.classification === "TOKEN_PRESENT" && (d.tokenFingerprint === null || d.tokenFingerprint === "fp-current"),
        users: Math.max(1, d._count.users),
      }),
    );
    const report = await readinessReport({ ctx, input: { tenantId } });
    const direct = foldClassCounts(await readRollup(db, [tenantId]));
    for (const change of PLANNED_CHANGES) {
      const expected = summarizeFleet(change, pure);
      expect(report.changes[change]).toEqual(expected);
      expect(direct.changes[change]).toEqual(expected);
      expect(expected.refused).toBeGreaterThan(0);
      // The drill-down table counts the same devices as the report.
      const refused = await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, change, status: "refused", pageSize: 10 }) });
      expect(refused.total).toBe(expected.refused);
      expect(refused.rows.every((r) => r.refused)).toBe(true);
      const [reason, count] = Object.entries(expected.byReason).sort((a, b) => b[1] - a[1])[0]!;
      expect((await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, change, reason }) })).total).toBe(count);
      expect((await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, change, remediation: "nsdiag" }) })).total).toBe(expected.byRemediation.nsdiag);
    }
    expect(report.byOs.WINDOWS.devices + report.byOs.MACOS.devices + report.byOs.OTHER.devices).toBe(3000);
  });

  it("sorts and pages in SQL", async () => {
    const page0 = await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, sort: "clientVersion", dir: "desc", pageSize: 20 }) });
    const page1 = await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, sort: "clientVersion", dir: "desc", pageSize: 20, page: 1 }) });
    expect(page0.rows).toHaveLength(20);
    expect(page0.total).toBe(3000);
    expect(page0.rows[0]!.clientVersion).toBe("126.2.1");
    expect(new Set([...page0.rows, ...page1.rows].map((r) => r.id)).size).toBe(40);
    const macs = await listDevices({ ctx, input: DeviceQuery.parse({ tenantId, os: "MACOS", q: "host-1" }) });
    expect(macs.rows.every((r) => r.os === "MACOS" && r.hostname!.includes("host-1"))).toBe(true);
  });
});

describe("CSV import", () => {
  let tenantId: string;
  const FILE = [
    "Hostname,Serial Number,OS,Client Version,Username,Install Mode,Multi-user",
    "IMP-1,S-1,Windows,123.0.1,a@x.test|b@x.test,UPN,yes",
    "IMP-2,S-2,Plan 9,123.0.1,c@x.test,UPN,yes",
    "IMP-3,S-3,macOS,R124,d@x.test,IdP,no",
    ",,Windows,120.1.0,,UPN,no",
  ].join("\n");
  beforeAll(async () => {
    tenantId = (await db.tenant.create({ data: tenantRow("importer") })).id;
  });

  it("previews without writing, then keeps the good rows and reports the bad ones", async () => {
    const preview = await previewDeviceImport({ ctx, input: { tenantId, csv: FILE } });
    expect(preview).toMatchObject({ ok: true, rows: 4, good: 2, bad: 2, existing: 0 });
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([[3, "bad-os"], [5, "no-key"]]);
    expect(await db.device.count({ where: { tenantId } })).toBe(0);

    const result = await importDevices({ ctx, input: { tenantId, csv: FILE } });
    expect(result).toMatchObject({ imported: 2, bad: 2 });
    const devices = await db.device.findMany({ where: { tenantId }, include: { users: true }, orderBy: { deviceKey: "asc" } });
    expect(devices.map((d) => [d.deviceKey, d.os, d.installMode, d.multiUser, d.users.length, d.sources])).toEqual([
      ["s-1", "WINDOWS", "UPN", true, 2, ["IMPORT"]],
      ["s-3", "MACOS", "IDP", false, 1, ["IMPORT"]],
    ]);
    const run = await db.syncRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ source: "IMPORT", status: "SUCCEEDED", processed: 2, total: 4 });
    expect(await db.readinessSnapshot.count({ where: { tenantId } })).toBe(3);
    expect((await previewDeviceImport({ ctx, input: { tenantId, csv: FILE } })).existing).toBe(2);
  });

  it("writes nothing at all for a file it cannot use", async () => {
    const before = { devices: await db.device.count(), runs: await db.syncRun.count(), users: await db.deviceUser.count() };
    await expect(importDevices({ ctx, input: { tenantId, csv: "OS,Client Version\nWindows,120.1.0\n" } })).rejects.toThrow(/cannot be imported/);
    await expect(importDevices({ ctx, input: { tenantId, csv: "Hostname,OS\n,Windows\nx,Plan 9\n" } })).rejects.toThrow(/no row/);
    expect({ devices: await db.device.count(), runs: await db.syncRun.count(), users: await db.deviceUser.count() }).toEqual(before);
  });
});

describe("demo seed readiness", () => {
  it("seeds the roll-up SQL would compute, and a history of snapshots per change", { timeout: 180_000 }, async () => {
    const { demoWorld, seedDemoScenario } = await import("@/prisma/demo/seed-scenario");
    const { generateKeyBase64, secretKey } = await import("@/lib/crypto/secret-box");
    const fresh = await createMigratedDatabase("eh_it_devices_demo");
    const demo = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url, max: 2 }) });
    try {
      const admin = await demo.user.create({ data: { id: "usr_demo", name: "Demo", email: "demo@example.test", role: "ADMIN" } });
      const world = demoWorld(new Date("2026-11-23T09:00:00Z"), "http://127.0.0.1:4010", "https://127.0.0.1:4010");
      await demo.$transaction((tx) => seedDemoScenario(tx, secretKey(generateKeyBase64()), world, admin.id), { timeout: 60_000 });
      for (const tenant of await demo.tenant.findMany()) {
        const seeded = (await readRollup(demo, [tenant.id])).sort((a, b) => a.classKey - b.classKey);
        await refreshRollup(demo, tenant.id);
        const computed = (await readRollup(demo, [tenant.id])).sort((a, b) => a.classKey - b.classKey);
        const { decodeClass } = await import("@/lib/domain/readiness-class");
        const diff = [...new Set([...seeded, ...computed].map((r) => r.classKey))]
          .filter((k) => JSON.stringify(seeded.find((r) => r.classKey === k)) !== JSON.stringify(computed.find((r) => r.classKey === k)))
          .map((k) => ({ ...decodeClass(k), seeded: seeded.find((r) => r.classKey === k), computed: computed.find((r) => r.classKey === k) }));
        expect(diff).toEqual([]);
        const snaps = await demo.readinessSnapshot.findMany({ where: { tenantId: tenant.id, change: "enforce" }, orderBy: { takenAt: "asc" } });
        expect(snaps).toHaveLength(3);
        expect(snaps[0]!.refused).toBeGreaterThanOrEqual(snaps[2]!.refused);
      }
    } finally {
      await demo.$disconnect();
      await fresh.drop();
    }
  });
});

describe("after a rotation", () => {
  it("recomputes which devices hold the current token, the roll-up and a snapshot", async () => {
    const tenantId = (await db.tenant.create({ data: tenantRow("rotated") })).id;
    const set = await db.tokenSet.create({ data: { tenantId } });
    const a = await db.token.create({ data: { tenantId, tokenSetId: set.id, kind: "AUTH", encryptedValue: "x", fingerprint: "fp-a", stage: "CURRENT" } });
    const b = await db.token.create({ data: { tenantId, tokenSetId: set.id, kind: "AUTH", encryptedValue: "y", fingerprint: "fp-b", stage: "PENDING" } });
    await ingestBatch(db, tenantId, fleet(400, 11));
    // nsdiag -e already gave every device the new token (b), before the run made it current.
    await db.$executeRaw`UPDATE device SET token_fingerprint = 'fp-b' WHERE tenant_id = ${tenantId}`;
    await refreshRollup(db, tenantId);
    // Roll-up devices whose class says "holds the current token" (the key's lowest bit).
    const holding = async () => (await readRollup(db, [tenantId])).filter((r) => r.classKey % 2 === 1).reduce((n, r) => n + r.devices, 0);
    expect(await holding()).toBe(0);
    const snapshots = await db.readinessSnapshot.count({ where: { tenantId } });

    await db.token.update({ where: { id: a.id }, data: { stage: "PREVIOUS" } });
    await db.token.update({ where: { id: b.id }, data: { stage: "CURRENT" } });
    await refreshTenantReadiness(db, tenantId);

    const present = await db.device.count({ where: { tenantId, classification: "TOKEN_PRESENT" } });
    expect(present).toBeGreaterThan(0);
    expect(await holding()).toBe(present);
    expect(await db.readinessSnapshot.count({ where: { tenantId } })).toBe(snapshots + PLANNED_CHANGES.length);
    const stale = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM device WHERE tenant_id = ${tenantId} AND classification = 'TOKEN_PRESENT' AND class_key % 2 = 0`;
    expect(stale[0]!.n).toBe(0);
  });
});
