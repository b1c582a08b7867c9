// Interleaved timing of any pages and routes on a fresh server with the dashboard benchmark's data
// (50 tenants, 200 token sets; the built app, real start command, signed in as the demo admin): for
// paired comparisons, where separate runs on a shared machine differ by more than the change measured.
// A URL with "#label" is sent with the header `x-exp: label`, so a temporary toggle in the code can
// compare two variants of one page in the same run (how session 4 split the overview's time).
//
//   npm run bench:pages -- /api/health /settings / "/#variant" [--rounds 300] [--port 3970]
//   npm run bench:pages -- / --profile /tmp/prof   → a CPU profile of the server over the timed rounds
//   npm run bench:pages -- / --save /tmp/bodies    → also writes each URL's body (first timed round)
//
// Needs a build (npm run build) and the local PostgreSQL. Prints p50, p95 and mean per URL.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { signInDemoAdmin, startBenchServer } from "./lib/bench-server";
import { seedTenants } from "./lib/scale-data";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "300" }, port: { type: "string", default: "3970" }, profile: { type: "string" }, save: { type: "string" } },
});
const PORT = Number(args.port);
const ROUNDS = Number(args.rounds);
const WARMUP = 20;
const urls = positionals.length > 0 ? positionals : ["/api/health", "/settings", "/api/overview", "/"];

async function main() {
  if (args.profile) mkdirSync(args.profile, { recursive: true });
  if (args.save) mkdirSync(args.save, { recursive: true });
  const server = await startBenchServer({
    name: "pages",
    port: PORT,
    skipBuild: true,
    env: args.profile ? { NODE_OPTIONS: `--import ${path.join(ROOT, "bench/lib/profile-hook.mjs")}`, EH_PROFILE_DIR: path.resolve(args.profile) } : undefined,
  });
  const BASE = server.base;
  try {
    const counts = await seedTenants(server.db.url, server.key, 50, 200);
    console.log(`pages: ${counts.tenants} tenants, ${counts.sets} token sets, ${counts.tokens} tokens; ${ROUNDS} rounds over ${urls.length} URLs`);
    const cookie = await signInDemoAdmin(server);
    const samples = new Map<string, number[]>(urls.map((u) => [u, []]));
    for (let i = 0; i < ROUNDS + WARMUP; i++) {
      if (i === WARMUP && args.profile) {
        const pid = execFileSync("pgrep", ["-f", `serve.mjs --port ${PORT}`]).toString().trim().split("\n")[0]!;
        process.kill(Number(pid), "SIGUSR2");
        await new Promise((r) => setTimeout(r, 300));
      }
      for (const u of urls) {
        const [pathname, label] = u.split("#");
        const t0 = performance.now();
        const res = await fetch(BASE + pathname, { headers: { cookie, ...(label ? { "x-exp": label } : {}) } });
        const body = await res.arrayBuffer();
        if (args.save && i === WARMUP) writeFileSync(path.join(args.save, `${encodeURIComponent(u)}.body`), Buffer.from(body));
        if (!res.ok) throw new Error(`${u}: ${res.status}`);
        if (i >= WARMUP) samples.get(u)!.push(performance.now() - t0);
      }
    }
    for (const [u, xs] of samples) {
      xs.sort((a, b) => a - b);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const q = (f: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * f))]!.toFixed(1).padStart(6);
      console.log(`  ${u.padEnd(28)} p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  mean ${mean.toFixed(1).padStart(6)} ms  (p80 ${q(0.8)}, p90 ${q(0.9)}, p99 ${q(0.99)})`);
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`pages: ${(e as Error).message}`);
    process.exit(1);
  },
);
