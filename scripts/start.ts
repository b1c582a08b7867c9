// `npm start`: everything a newcomer needs, in order, each step failing with one clear line.
//   DATABASE_URL unset → the embedded PGlite database under .data/, a generated demo key, demo data.
//   DATABASE_URL set   → that PostgreSQL; ENCRYPTION_KEY required; no demo data unless DEMO_MODE=1.
// Then: migrations (prisma migrate deploy), a production build when the sources changed, the vendor
// simulators in demo mode, and the web server (scripts/serve.mjs: Next behind admission control). Ctrl-C stops everything cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { EnvSchema, describeEnvError } from "../lib/config/env-schema";
import { builtStamp, sourceStamp } from "./lib/build-stamp";
import { assertDatabaseReachable } from "./lib/database";
import { DEFAULT_EMBEDDED_PORT, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { demoEncryptionKey } from "./lib/encryption-key";
import { assertPortFree } from "./lib/ports";
import { prisma, ROOT, run } from "./lib/run";
import { StartupError, printStartupError } from "./lib/startup-error";

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const say = (msg: string) => console.log(`• ${msg}`);

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": { type: "string", default: process.env.EH_DATA_DIR ?? path.join(ROOT, ".data") },
    "skip-build": { type: "boolean", default: false },
  },
});

let embedded: EmbeddedDb | undefined;
let next: ChildProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];

async function shutdown(code: number) {
  next?.kill("SIGTERM");
  for (const c of cleanups.reverse()) await c().catch(() => {});
  await embedded?.stop();
  process.exit(code);
}

async function main() {
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`--port ${args.port} is not a port number`, "use a number from 1 to 65535");
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new StartupError(`invalid environment (${describeEnvError(parsed.error)})`, "correct or unset that variable");
  const config = parsed.data;
  await assertPortFree(port, "the web server", "stop the other process or start with --port <another port>", "0.0.0.0");

  // APP_URL defaults to where this server listens: sign-in checks that requests come from it.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", APP_URL: process.env.APP_URL ?? `http://localhost:${port}` };
  const dataDir = path.resolve(args["data-dir"]);
  if (!config.DATABASE_URL) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
    await assertPortFree(dbPort, "the embedded database", "stop the other process (another `npm start`?) or set EMBEDDED_DB_PORT");
    const key = config.ENCRYPTION_KEY ? { key: config.ENCRYPTION_KEY, created: false, file: "ENCRYPTION_KEY" } : await demoEncryptionKey(dataDir);
    if (key.created) say(`Generated a demo encryption key in ${path.relative(ROOT, key.file)} (mode 0600). Keep it: the demo's secrets are encrypted with it.`);
    embedded = await startEmbeddedDb(dataDir, dbPort);
    say(`Embedded database (PGlite) ready on 127.0.0.1:${dbPort}, data in ${path.relative(ROOT, dataDir)}/ (${elapsed()})`);
    Object.assign(env, {
      DATABASE_URL: embedded.url,
      SHADOW_DATABASE_URL: embedded.shadowUrl,
      EMBEDDED_DATABASE: "1",
      DATABASE_POOL_MAX: "1",
      DEMO_MODE: process.env.DEMO_MODE ?? "1",
      ENCRYPTION_KEY: key.key,
    });
  } else {
    if (!config.ENCRYPTION_KEY)
      throw new StartupError("DATABASE_URL is set but ENCRYPTION_KEY is not", "set ENCRYPTION_KEY to 32 random bytes, base64 (openssl rand -base64 32), and keep it safe");
    await assertDatabaseReachable(config.DATABASE_URL);
    if (!config.BETTER_AUTH_SECRET && !config.DEMO_MODE)
      throw new StartupError("DATABASE_URL is set but BETTER_AUTH_SECRET is not", "set BETTER_AUTH_SECRET to at least 32 random characters (openssl rand -base64 32); it signs the session cookies");
    say(`PostgreSQL reachable (${new URL(config.DATABASE_URL).host})`);
  }

  try {
    await prisma(["migrate", "deploy"], env, { quiet: true });
  } catch (e) {
    const out = String((e as { output?: string }).output ?? "");
    throw new StartupError(`migrations could not be applied (${out.split("\n").find((l) => /error|P\d{4}/i.test(l))?.trim() ?? "see npm run db:status"})`, "run `npm run db:status` to see which, then fix the database or restore a backup");
  }
  say(`Database migrated (${elapsed()})`);

  // The generated client is git-ignored: make it before anything imports it (the seed does).
  const generated = await access(path.join(ROOT, "lib", "generated", "prisma", "client.ts")).then(() => true, () => false);
  const stamp = await sourceStamp();
  const stale = !args["skip-build"] && (await builtStamp()) !== stamp;
  if (!generated || stale) await prisma(["generate"], env, { quiet: true });

  const demo = env.DEMO_MODE === "1" || env.DEMO_MODE === "true";
  if (demo) {
    // The demo keeps its admin password and the simulators' CA here, also on a PostgreSQL server of one's own.
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const { seedDemoIfEmpty } = await import("./lib/seed-demo");
    const { startSimulator } = await import("../simulators");
    const { demoScenario } = await import("../simulators/scenarios/demo");
    const { DEMO_SEED } = await import("../prisma/demo/seed-scenario");
    const simPort = Number(process.env.SIMULATOR_PORT ?? 4010);
    await assertPortFree(simPort, "the vendor simulators", "stop the other process or set SIMULATOR_PORT");
    const seeded = await seedDemoIfEmpty({
      databaseUrl: env.DATABASE_URL!,
      encryptionKey: env.ENCRYPTION_KEY!,
      dataDir,
      poolMax: embedded ? 1 : 4,
      startVendors: async (now) => {
        // The demo's Netskope, Intune and Jamf: the same HTTP APIs as the real ones, on loopback.
        const sim = await startSimulator({ port: simPort, host: "127.0.0.1", scenario: demoScenario(DEMO_SEED, now) });
        cleanups.push(() => sim.close());
        env.SIMULATOR_URL = sim.url;
        // The Intune simulator speaks TLS with its own certificate: the app trusts it for vendor calls only.
        const caFile = path.join(dataDir, "simulator-ca.pem");
        await writeFile(caFile, sim.caCertificate, { mode: 0o600 });
        env.VENDOR_CA_FILE = caFile;
        say(`Vendor simulators (Netskope, Intune, Jamf) on ${sim.url}`);
        return sim;
      },
    });
    if (seeded.created) say(`Demo data created: ${seeded.summary}`);
    if (seeded.admin) say(`Demo admin: ${seeded.admin.email} / ${seeded.admin.password}  (demo only; stored in ${path.relative(ROOT, seeded.admin.file)})`);
  }

  if (stale) {
    say("Building the app (first run, or the sources changed)…");
    await run(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], env, { quiet: true }).catch((e) => {
      console.error(String((e as { output?: string }).output ?? "").slice(-4000));
      throw new StartupError("the production build failed (output above)", "fix the error, then run npm start again");
    });
    await writeFile(path.join(ROOT, ".next", "eh-source-stamp"), stamp);
    say(`Built (${elapsed()})`);
  }

  // Next's request handler behind admission control (scripts/serve.mjs), not plain `next start`.
  next = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "--port", String(port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  next.stdout?.on("data", (b: Buffer) => {
    const text = b.toString();
    if (!/^\s*(▲|- Local|- Network|✓ Ready|✓ Starting|Starting\.\.\.)/m.test(text)) process.stdout.write(text);
  });
  next.on("exit", (code) => {
    if (code !== 0 && code !== null) console.error(`✖ the web server stopped (exit ${code})`);
    void shutdown(code ?? 0);
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`);
  const where = embedded ? "embedded database, demo data" : "PostgreSQL";
  console.log(`\n✔ Enrollment Health is ready on http://localhost:${port} (${where}) in ${elapsed()}. Ctrl-C stops it.`);
}

async function waitForHealth(url: string) {
  const deadline = Date.now() + 60_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = JSON.stringify(await res.json());
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new StartupError(`the web server did not become healthy within 60 s (${last})`, "see the log above");
}

for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void shutdown(0));
main().catch(async (e) => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  await embedded?.stop();
  next?.kill("SIGTERM");
  printStartupError(e);
});
