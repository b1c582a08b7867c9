// Load at fleet scale (issue 9): a fresh PostgreSQL database with the demo, topped up to 50 tenants,
// 200 token sets and N devices (default 1,000,000, spread over the tenants by SQL, roll-ups and
// readiness snapshots refreshed through the product's own services), the built server started by the
// real start command, then bench/load.ts: 200 concurrent users for 60 s over the overview, a tenant
// page and the readiness report, with the server's peak memory.
//
//   npx tsx --conditions=react-server bench/scale-load.ts [--devices 1000000] [--users 200] [--duration 60] [--port 3970]
//                                                         [--keep] [--seed-only]
// --keep leaves the database behind and prints how to start a server on it (for profiling);
// --seed-only stops after seeding (implies --keep).
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { refreshRollup } from "../lib/services/devices/readiness-sql";
import { takeSnapshots } from "../lib/services/devices/snapshots";
import { startBenchServer } from "./lib/bench-server";
import { seedTenants } from "./lib/scale-data";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    devices: { type: "string", default: "1000000" },
    users: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
    port: { type: "string", default: "3970" },
    keep: { type: "boolean", default: false },
    "seed-only": { type: "boolean", default: false },
  },
});
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DEVICES = Number(args.devices);
const keep = args.keep || args["seed-only"];

/** N devices over every tenant, in SQL: a realistic mix of OS, client versions, install modes and classification. */
async function seedDevices(url: string, n: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tenants = (await c.query<{ id: string }>(`SELECT id FROM tenant ORDER BY id`)).rows.map((r) => r.id);
    const per = Math.ceil(n / tenants.length);
    for (const [t, id] of tenants.entries()) {
      await c.query(
        `INSERT INTO device (tenant_id, device_key, ns_device_uid, hostname, serial_number, os, os_version, client_version, client_version_num,
                             install_mode, multi_user, npa_prelogon, protect_client_config, classification, sources, last_seen_at, updated_at)
         SELECT $1, 'scale-' || $2 || '-' || i, 'scale-' || $2 || '-' || i, 'T' || $2 || '-WS-' || lpad(i::text, 7, '0'), 'SN' || $2 || 'X' || i,
                (CASE WHEN i % 100 < 70 THEN 'WINDOWS' WHEN i % 100 < 95 THEN 'MACOS' ELSE 'OTHER' END)::"Os",
                CASE WHEN i % 100 < 70 THEN '10.0.22631' ELSE '14.5' END,
                v.version, v.num,
                (CASE WHEN i % 20 < 12 THEN 'UPN' WHEN i % 20 < 18 THEN 'IDP' WHEN i % 20 = 18 THEN 'EMAIL_INVITE' ELSE 'UNKNOWN' END)::"InstallMode",
                i % 4 = 0, i % 10 = 0, i % 3 = 0,
                (CASE WHEN i % 10 < 6 THEN 'TOKEN_PRESENT' WHEN i % 10 < 9 THEN 'TOKEN_MISSING' ELSE 'UNKNOWN' END)::"Classification",
                ARRAY['NETSKOPE']::"DeviceSource"[], now() - (i % 30) * interval '1 day', now()
         FROM generate_series(1, $3) AS i
         CROSS JOIN LATERAL (SELECT (ARRAY['117.1.2', '120.1.4', '123.0.8', '124.1.0', '126.0.3', '130.0.0'])[1 + (i * 7 + $4) % 6] AS version) AS pick
         CROSS JOIN LATERAL (SELECT pick.version,
                                    split_part(pick.version, '.', 1)::int * 1000000 + split_part(pick.version, '.', 2)::int * 1000 + split_part(pick.version, '.', 3)::int AS num) AS v
         ON CONFLICT (tenant_id, device_key) DO NOTHING`,
        [id, String(t), per, t],
      );
    }
    return tenants;
  } finally {
    await c.end();
  }
}

async function main() {
  const server = await startBenchServer({ name: "bench_scale", port: PORT, env: { BENCH_JSON: "" }, readyTimeoutMs: 900_000 });
  const { db, dataDir, key } = server;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 4 }) });
  try {
    const counts = await seedTenants(db.url, key);
    let t0 = performance.now();
    const tenants = await seedDevices(db.url, DEVICES);
    const seedS = (performance.now() - t0) / 1000;
    t0 = performance.now();
    for (const id of tenants) {
      await refreshRollup(prisma, id);
      await takeSnapshots(prisma, id, new Date());
    }
    const rollS = (performance.now() - t0) / 1000;
    const devices = await prisma.device.count();
    process.stdout.write(`scale: ${counts.tenants} tenants, ${counts.sets} token sets, ${devices.toLocaleString("en-US")} devices (seeded in ${seedS.toFixed(0)} s, roll-ups and snapshots in ${rollS.toFixed(0)} s)\n`);
    if (keep) {
      process.stdout.write(
        `scale: kept. Serve it: DATABASE_URL='${db.url}' ENCRYPTION_KEY='${key}' DEMO_MODE=1 npx tsx scripts/start.ts --port ${PORT} --data-dir ${dataDir}\n` +
          `       load it: npx tsx bench/load.ts --url ${BASE} --password-file ${path.join(dataDir, "demo-admin.txt")}\n`,
      );
    }
    if (args["seed-only"]) return;
    const code = await new Promise<number>((resolve) => {
      const load = spawn(
        process.execPath,
        [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "bench/load.ts", "--url", BASE, "--password-file", path.join(dataDir, "demo-admin.txt"), "--users", args.users!, "--duration", args.duration!],
        { cwd: ROOT, stdio: "inherit", env: process.env },
      );
      load.on("exit", (c) => resolve(c ?? 1));
    });
    if (code !== 0) throw new Error(`the load run exited ${code}`);
  } finally {
    await prisma.$disconnect();
    await server.stop({ keepDatabase: Boolean(keep) });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`scale-load: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
