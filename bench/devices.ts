// Device inventory at fleet scale, in one run on a fresh database (`npm run bench:devices`):
//   1. ingest 1,000,000 devices across 50 tenants through the sync's path (lib/services/devices/ingest.ts
//      ingestBatchCopy: COPY into a staging table, then one merge statement) vs PostgreSQL COPY of the same
//      rows straight into a twin table;
//   2. readiness report p95 (roll-up + pure rules) vs a hand-written SQL GROUP BY over the device table;
//   3. device table page p95 (filter, sort, page in SQL); 4. the process's memory (RSS).
// Options: BENCH_DEVICES (default 1000000), BENCH_TENANTS (50), BENCH_KEEP=1 keeps the database,
// BENCH_JSON=<file> also writes the figures there as JSON ({ group: "devices", figures: [...] }).
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PrismaClient } from "../lib/generated/prisma/client";
import { clientVersionSortNumber, parseClientVersion } from "../lib/domain/client-version";
import { DeviceQuery } from "../lib/devices/query";
import type { ServiceContext } from "../lib/server/context";
import { ingestBatchCopy, type IngestDevice } from "../lib/services/devices/ingest";
import { listDevices } from "../lib/services/devices/list";
import { refreshRollup } from "../lib/services/devices/readiness-sql";
import { readinessReport } from "../lib/services/devices/report";
import { takeSnapshots } from "../lib/services/devices/snapshots";

const DEVICES = Number(process.env.BENCH_DEVICES ?? 1_000_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 50);
const BATCH = 10_000;
const ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `eh_bench_devices_${Date.now()}`;
const URL = `postgresql://postgres@127.0.0.1:5432/${NAME}`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
  ok?: boolean;
}
const figures: Figure[] = [];
const figure = (f: Figure) => figures.push({ ...f, value: Math.round(f.value * 10) / 10, ...(f.ratio === undefined ? {} : { ratio: Math.round(f.ratio * 100) / 100 }) });

async function times(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return { p50: p(out, 0.5), p95: p(out, 0.95) };
}

// A deterministic fleet: realistic mixes of OS, client versions, install modes and flags.
const VERSIONS = ["R95", "110.2.0", "114.0.3", "116.0.2", "116.1.0", "118.0.1", "R120", "120.0.9", "120.1.0", "121.2.0", "122.4.1", "123.0.1", "124.0.0", "125.1.2", "126.2.1", "126.2.1.2500", ""];
function device(t: number, i: number): IngestDevice {
  let s = (t * 7_919 + i * 104_729) >>> 0;
  const r = (k: number) => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return (s >>> 8) % k;
  };
  const osPick = r(100);
  const modePick = r(100);
  const clsPick = r(10);
  const v = VERSIONS[r(VERSIONS.length)]!;
  const uid = `${t.toString(16).padStart(4, "0")}-${i.toString(16).padStart(8, "0")}-4000-8000-bench`;
  return {
    deviceKey: uid,
    nsDeviceUid: uid,
    hostname: `T${t}-WS-${String(i).padStart(6, "0")}`,
    serialNumber: `SN${t}X${i}`,
    os: osPick < 70 ? "WINDOWS" : osPick < 95 ? "MACOS" : "OTHER",
    osVersion: osPick < 70 ? "10.0.22631" : "14.5",
    clientVersion: v || null,
    installMode: modePick < 60 ? "UPN" : modePick < 90 ? "IDP" : modePick < 95 ? "EMAIL_INVITE" : "UNKNOWN",
    multiUser: r(4) === 0,
    npaPrelogon: r(10) === 0,
    protectClientConfig: r(3) === 0,
    classification: clsPick < 6 ? "TOKEN_PRESENT" : clsPick < 9 ? "TOKEN_MISSING" : "UNKNOWN",
    sources: ["NETSKOPE"],
    intuneDeviceId: null,
    jamfComputerId: null,
    lastSeenAt: new Date(Date.UTC(2026, 10, 1) + r(30 * 86_400) * 1000),
    users: [],
  };
}

const csvText = (v: string | null) => (v === null ? "\\N" : v.replace(/[\\\t\n\r]/g, " "));
function copyLine(tenantId: string, d: IngestDevice): string {
  const num = d.clientVersion === null ? null : clientVersionSortNumber(parseClientVersion(d.clientVersion));
  return [
    tenantId, d.deviceKey, d.nsDeviceUid, d.hostname, d.serialNumber, d.os ?? "OTHER", d.osVersion, d.clientVersion, num === null ? null : String(num),
    d.installMode ?? "UNKNOWN", d.multiUser ? "t" : "f", d.npaPrelogon ? "t" : "f", d.protectClientConfig ? "t" : "f", d.classification ?? "UNKNOWN",
    `{${d.sources.join(",")}}`, null, null, d.lastSeenAt?.toISOString() ?? null,
  ].map(csvText).join("\t") + "\n";
}
const COPY_COLUMNS = "tenant_id, device_key, ns_device_uid, hostname, serial_number, os, os_version, client_version, client_version_num, install_mode, multi_user, npa_prelogon, protect_client_config, classification, sources, intune_device_id, jamf_computer_id, last_seen_at";

async function main() {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${NAME}`);
  await promisify(execFile)(process.execPath, [path.resolve(import.meta.dirname, "..", "scripts", "prisma.mjs"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: URL } });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: URL, max: 4 }) });
  const pool = new pg.Pool({ connectionString: URL, max: 2 });
  const raw = new pg.Client({ connectionString: URL });
  await raw.connect();
  const ctx: ServiceContext = { actor: { type: "system", id: null, label: "bench", role: "ADMIN" }, db, requestId: "bench" };
  const perTenant = Math.ceil(DEVICES / TENANTS);
  console.log(`devices bench: ${DEVICES.toLocaleString("en")} devices, ${TENANTS} tenants, batches of ${BATCH}, database ${NAME}`);

  const tenants: string[] = [];
  for (let t = 0; t < TENANTS; t++) {
    const tenant = await db.tenant.create({ data: { name: `Tenant ${t}`, slug: `bench-${t}`, addonHost: `addon-bench-${t}.goskope.com`, apiBaseUrl: "http://127.0.0.1:9/api/v2" } });
    const set = await db.tokenSet.create({ data: { tenantId: tenant.id } });
    await db.token.create({ data: { tenantId: tenant.id, tokenSetId: set.id, kind: "AUTH", encryptedValue: "bench", fingerprint: `fp-${t}`, stage: "CURRENT" } });
    tenants.push(tenant.id);
  }

  // 1a. The product's ingest path (timed: ingestBatch only; generating the vendor records is not).
  let ingestMs = 0;
  let written = 0;
  for (let t = 0; t < TENANTS; t++) {
    for (let start = 0; start < perTenant && written < DEVICES; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, perTenant - start, DEVICES - written) }, (_, k) => device(t, start + k));
      const t0 = performance.now();
      written += await ingestBatchCopy(pool, tenants[t]!, batch);
      ingestMs += performance.now() - t0;
    }
  }
  const ingestRate = written / (ingestMs / 1000);
  console.log(`ingest (COPY into a staging table + one merge statement, ${BATCH}/batch): ${written.toLocaleString("en")} rows in ${(ingestMs / 1000).toFixed(1)} s = ${Math.round(ingestRate).toLocaleString("en")} rows/s`);

  // 1b. COPY of the same rows into a twin table with the same indexes (timed: the COPY streams only).
  await raw.query(`CREATE TABLE device_copy (LIKE device INCLUDING ALL)`);
  let copyMs = 0;
  let copied = 0;
  const CHUNK = 100_000;
  let lines: string[] = [];
  const flush = async () => {
    if (lines.length === 0) return;
    const text = lines.join("");
    const t0 = performance.now();
    await pipeline(Readable.from([text]), raw.query(copyFrom(`COPY device_copy (${COPY_COLUMNS}) FROM STDIN`)));
    copyMs += performance.now() - t0;
    copied += lines.length;
    lines = [];
  };
  for (let t = 0; t < TENANTS; t++) {
    for (let i = 0; i < perTenant && copied + lines.length < DEVICES; i++) {
      lines.push(copyLine(tenants[t]!, device(t, i)));
      if (lines.length >= CHUNK) await flush();
    }
  }
  await flush();
  const copyRate = copied / (copyMs / 1000);
  console.log(`COPY FROM STDIN (${CHUNK.toLocaleString("en")}/stream): ${copied.toLocaleString("en")} rows in ${(copyMs / 1000).toFixed(1)} s = ${Math.round(copyRate).toLocaleString("en")} rows/s`);
  console.log(`  ingest / COPY = ${(ingestRate / copyRate).toFixed(2)}× (target ≥ 0.5×)`);
  figure({ name: `ingest ${written.toLocaleString("en")} devices (rows/s)`, value: ingestRate, unit: "rows/s", baseline: { name: "PostgreSQL COPY FROM STDIN", value: Math.round(copyRate) }, ratio: ingestRate / copyRate, target: "≥ 0.5× COPY", ok: ingestRate / copyRate >= 0.5 });
  await raw.query(`DROP TABLE device_copy`);

  // 1c. A re-sync of one tenant: every row exists, so every row takes the merge (UPDATE) path.
  {
    const t0 = performance.now();
    let n = 0;
    for (let start = 0; start < perTenant; start += BATCH) n += await ingestBatchCopy(pool, tenants[0]!, Array.from({ length: Math.min(BATCH, perTenant - start) }, (_, k) => ({ ...device(0, start + k), sources: ["INTUNE" as const] })));
    const ms = performance.now() - t0;
    console.log(`re-sync merge of one tenant (${n.toLocaleString("en")} existing rows): ${Math.round(n / (ms / 1000)).toLocaleString("en")} rows/s`);
    figure({ name: "re-sync merge of existing devices", value: n / (ms / 1000), unit: "rows/s" });
  }

  // Users on multi-user devices (not timed), then the sync-time roll-up and snapshots per tenant.
  await raw.query(`INSERT INTO device_user (device_id, tenant_id, username) SELECT d.id, d.tenant_id, 'user' || g || '@example.test' FROM device d, generate_series(1, 3) g WHERE d.multi_user`);
  await raw.query(`VACUUM ANALYZE`);
  const rollupTimes: number[] = [];
  for (const id of tenants) {
    const t0 = performance.now();
    await refreshRollup(db, id);
    rollupTimes.push(performance.now() - t0);
    await takeSnapshots(db, id, new Date());
  }
  console.log(`roll-up refresh per tenant (~${perTenant.toLocaleString("en")} devices): p50 ${fmt(p(rollupTimes, 0.5))}, p95 ${fmt(p(rollupTimes, 0.95))}`);
  figure({ name: `roll-up refresh per tenant (~${perTenant.toLocaleString("en")} devices) p95`, value: p(rollupTimes, 0.95), unit: "ms" });

  // 2. Readiness report over all tenants (1M devices) and one tenant, vs a hand-written GROUP BY.
  const report = await readinessReport({ ctx, input: {} });
  console.log(`report: ${report.devices.toLocaleString("en")} devices; enforce refuses ${report.changes.enforce.refused.toLocaleString("en")}, single-token rotation ${report.changes["rotate-single-token"].refused.toLocaleString("en")}, multi-token ${report.changes["rotate-multi-token"].refused.toLocaleString("en")}`);
  const ours = await times(30, () => readinessReport({ ctx, input: {} }));
  const oursOne = await times(30, () => readinessReport({ ctx, input: { tenantId: tenants[1] } }));
  const handSql = `
    SELECT d.os, CASE WHEN d.client_version_num IS NULL THEN 0 WHEN d.client_version_num >= 124000000 THEN 6 WHEN d.client_version_num >= 123000000 THEN 5
             WHEN d.client_version_num >= 120001000 THEN 4 WHEN d.client_version_num >= 116001000 THEN 3 WHEN d.client_version_num >= 111000000 THEN 2 ELSE 1 END AS band,
           d.install_mode, d.multi_user, d.npa_prelogon, d.protect_client_config,
           (d.classification = 'TOKEN_PRESENT' AND (d.token_fingerprint IS NULL OR d.token_fingerprint = c.fingerprint)) AS has_token, count(*)
    FROM device d LEFT JOIN token c ON c.tenant_id = d.tenant_id AND c.kind = 'AUTH' AND c.stage = 'CURRENT'
    GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const hand = await times(10, () => raw.query(handSql));
  console.log(`readiness report, all tenants (${DEVICES.toLocaleString("en")} devices): p50 ${fmt(ours.p50)}, p95 ${fmt(ours.p95)} (target < 100 ms)`);
  console.log(`  hand-written SQL GROUP BY of the same readiness attributes over device: p50 ${fmt(hand.p50)}, p95 ${fmt(hand.p95)} → ours / hand = ${(ours.p95 / hand.p95).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`readiness report, one tenant: p50 ${fmt(oursOne.p50)}, p95 ${fmt(oursOne.p95)}`);
  figure({ name: `readiness report, all tenants (${DEVICES.toLocaleString("en")} devices) p95`, value: ours.p95, unit: "ms", baseline: { name: "hand-written SQL GROUP BY p95", value: Math.round(hand.p95 * 10) / 10 }, ratio: ours.p95 / hand.p95, target: "≤ 1.5× GROUP BY and < 100 ms", ok: ours.p95 <= 1.5 * hand.p95 && ours.p95 < 100 });
  figure({ name: "readiness report, one tenant p95", value: oursOne.p95, unit: "ms", target: "< 100 ms", ok: oursOne.p95 < 100 });

  // 3. Device table pages (the drill-down): one tenant and all tenants, with the readiness filter.
  const page = (q: Record<string, unknown>) => () => listDevices({ ctx, input: DeviceQuery.parse(q) });
  const cases: [string, Record<string, unknown>][] = [
    ["one tenant, sorted by host name, page 1", { tenantId: tenants[2] }],
    ["one tenant, refused for enforce, by client version desc, page 5", { tenantId: tenants[2], status: "refused", sort: "clientVersion", dir: "desc", page: 5 }],
    ["one tenant, search 'WS-0123'", { tenantId: tenants[2], q: "WS-0123" }],
    ["all tenants, refused for enforce, last seen desc, page 1", { status: "refused", sort: "lastSeen", dir: "desc" }],
    ["all tenants, reason device-lacks-token, Windows, page 1", { reason: "device-lacks-token", os: "WINDOWS" }],
  ];
  for (const [label, q] of cases) {
    const r = await times(20, page(q));
    console.log(`device table page (${label}): p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)}`);
    figure({ name: `device table page p95: ${label}`, value: r.p95, unit: "ms" });
  }

  const mem = process.memoryUsage();
  console.log(`server memory: RSS ${mb(mem.rss)} at the end, peak ${mb(peakRss)} (heap used ${mb(mem.heapUsed)})`);
  figure({ name: "server process memory, peak RSS", value: peakRss / 1024 / 1024, unit: "MB" });
  figure({ name: "server process memory, heap used at the end", value: mem.heapUsed / 1024 / 1024, unit: "MB" });
  console.log("\nAll figures:");
  for (const f of figures) {
    const base = f.baseline ? ` vs ${f.baseline.name} ${f.baseline.value} → ${f.ratio}×` : "";
    console.log(`  ${f.name}: ${f.value} ${f.unit}${base}${f.target ? ` (target ${f.target}: ${f.ok ? "met" : "MISSED"})` : ""}`);
  }
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ group: "devices", figures }, null, 2));
  clearInterval(sampler);
  await db.$disconnect();
  await raw.end();
  await pool.end();
  if (process.env.BENCH_KEEP !== "1") await admin.query(`DROP DATABASE ${NAME} WITH (FORCE)`);
  await admin.end();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
