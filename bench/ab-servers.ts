// Paired comparison of two servers of the same build, for changes a request header cannot toggle (a
// Node.js binary, a V8 flag, an environment switch read at start): server A as the start command
// runs it, server B with extra environment and/or another Node binary, each on a fresh database with
// the dashboard benchmark's data (50 tenants, 200 token sets), signed in as the demo admin. Requests
// are interleaved (A's URLs then B's, B first every other round), so both see the same machine.
//
//   npm run bench:ab -- --b-env SOME_SWITCH=1 [--b-env K=V …] [--b-node /path/to/node] [--rounds 500] [/api/health /]
//
// Needs a build (npm run build) and the local PostgreSQL. Prints p50, p95 and mean per server and URL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateKeyBase64 } from "../lib/crypto/secret-box";
import { createFreshDatabase } from "../lib/testing/local-database";
import { signInDemoAdmin, waitFor } from "./lib/bench-server";
import { seedTenants } from "./lib/scale-data";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "500" },
    port: { type: "string", default: "3980" },
    "b-env": { type: "string", multiple: true, default: [] },
    "b-node": { type: "string" },
  },
});
const ROUNDS = Number(args.rounds);
const WARMUP = 20;
const urls = positionals.length > 0 ? positionals : ["/api/health", "/"];
const bEnv = Object.fromEntries(
  args["b-env"].map((kv) => {
    const i = kv.indexOf("=");
    if (i < 1) throw new Error(`--b-env wants KEY=VALUE, not "${kv}"`);
    return [kv.slice(0, i), kv.slice(i + 1)];
  }),
);
if (Object.keys(bEnv).length === 0 && !args["b-node"]) throw new Error("nothing to compare: give --b-env KEY=VALUE and/or --b-node PATH");

interface Server {
  name: string;
  base: string;
  cookie: string;
  child: ChildProcess;
  drop: () => Promise<void>;
}

async function start(name: string, port: number, nodeBin: string, extraEnv: Record<string, string>): Promise<Server> {
  const db = await createFreshDatabase(`eh_ab_${name}`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `eh-ab-${name}-`));
  const key = generateKeyBase64();
  const base = `http://127.0.0.1:${port}`;
  // start.ts starts serve.mjs with its own Node binary (process.execPath): B's binary runs B's server.
  const child = spawn(nodeBin, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--port", String(port), "--data-dir", dataDir, "--skip-build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: db.url, ENCRYPTION_KEY: key, DEMO_MODE: "1", SIMULATOR_PORT: String(port + 5), LOG_LEVEL: "warn", APP_URL: base, ...extraEnv },
  });
  await waitFor(`${base}/api/health`, 300_000);
  await seedTenants(db.url, key, 50, 200);
  const cookie = await signInDemoAdmin({ base, dataDir });
  return { name, base, cookie, child, drop: () => db.drop().catch(() => {}) };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

const port = Number(args.port);
const a = await start("A", port, process.execPath, {});
const servers = [a, await start("B", port + 10, args["b-node"] ?? process.execPath, bEnv).catch(async (e: unknown) => {
  a.child.kill("SIGTERM");
  await a.drop();
  throw e;
})];
try {
  console.log(`ab: A as started; B with ${JSON.stringify(bEnv)}${args["b-node"] ? ` on ${args["b-node"]}` : ""}; ${ROUNDS} rounds over ${urls.length} URLs`);
  const samples = new Map<string, number[]>();
  for (let i = 0; i < ROUNDS + WARMUP; i++) {
    for (const s of i % 2 ? [...servers].reverse() : servers) {
      for (const u of urls) {
        const t0 = performance.now();
        const res = await fetch(s.base + u, { headers: { cookie: s.cookie } });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${s.name} ${u}: ${res.status}`);
        if (i < WARMUP) continue;
        const k = `${s.name} ${u}`;
        if (!samples.has(k)) samples.set(k, []);
        samples.get(k)!.push(performance.now() - t0);
      }
    }
  }
  for (const [k, xs] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`  ${k.padEnd(28)} p50 ${quantile(xs, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(xs, 0.95).toFixed(1).padStart(6)} ms  mean ${mean.toFixed(1).padStart(6)} ms`);
  }
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
  // serve.mjs closes its connections and exits within 5 s.
  await new Promise((r) => setTimeout(r, 6000));
  for (const s of servers) await s.drop();
}
