// Paired comparison of two servers, for changes a request header cannot toggle (a Node.js binary, a
// V8 flag, an environment switch read at start, another commit): server A is this checkout as the
// start command runs it, server B the same with extra environment and/or another Node binary, or
// another checkout (a git worktree of the commit to compare, built, with node_modules), each on a fresh database with
// the dashboard benchmark's data (50 tenants, 200 token sets), signed in as the demo admin. Requests
// are interleaved (A's URLs then B's, B first every other round), so both see the same machine.
//
//   npm run bench:ab -- --b-env SOME_SWITCH=1 [--b-env K=V …] [--b-node /path/to/node] [--rounds 500] [/api/health /]
//   git worktree add /tmp/before HEAD~1 && cp -al node_modules /tmp/before/ && (cd /tmp/before && npm run build)
//   npm run bench:ab -- --b-root /tmp/before
//
// Needs a build (npm run build) and the local PostgreSQL. Prints p50, p95 and mean per server and URL.
import path from "node:path";
import { parseArgs } from "node:util";
import { signInDemoAdmin, startBenchServer, type BenchServer } from "./lib/bench-server";
import { seedTenants } from "./lib/scale-data";
import { quantile } from "./lib/stats";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "500" },
    port: { type: "string", default: "3980" },
    "b-env": { type: "string", multiple: true, default: [] },
    "b-node": { type: "string" },
    "b-root": { type: "string" },
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
if (Object.keys(bEnv).length === 0 && !args["b-node"] && !args["b-root"]) throw new Error("nothing to compare: give --b-env KEY=VALUE, --b-node PATH and/or --b-root DIR");

interface Server {
  name: string;
  app: BenchServer;
  cookie: string;
}

/** A bench server (fresh database, real start command) with the dashboard's data, signed in. */
async function start(name: string, port: number, opts: { nodeBin?: string; env?: Record<string, string>; root?: string }): Promise<Server> {
  const app = await startBenchServer({ name: `ab_${name}`, port, skipBuild: true, ...opts });
  try {
    await seedTenants(app.db.url, app.key, 50, 200);
    return { name, app, cookie: await signInDemoAdmin(app) };
  } catch (e) {
    await app.stop();
    throw e;
  }
}

const port = Number(args.port);
const a = await start("A", port, {});
const servers = [
  a,
  await start("B", port + 10, { nodeBin: args["b-node"], env: bEnv, root: args["b-root"] && path.resolve(args["b-root"]) }).catch(async (e: unknown) => {
    await a.app.stop();
    throw e;
  }),
];
try {
  console.log(`ab: A as started; B${args["b-root"] ? ` from ${args["b-root"]}` : ""} with ${JSON.stringify(bEnv)}${args["b-node"] ? ` on ${args["b-node"]}` : ""}; ${ROUNDS} rounds over ${urls.length} URLs`);
  const samples = new Map<string, number[]>();
  for (let i = 0; i < ROUNDS + WARMUP; i++) {
    for (const s of i % 2 ? [...servers].reverse() : servers) {
      for (const u of urls) {
        const t0 = performance.now();
        const res = await fetch(s.app.base + u, { headers: { cookie: s.cookie } });
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
  await Promise.all(servers.map((s) => s.app.stop()));
}
