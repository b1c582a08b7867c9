// The app as the benchmarks run it: a fresh PostgreSQL database, the real start command (demo data,
// vendor simulators, scripts/serve.mjs) on a port, and a sign-in as the demo admin.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateKeyBase64 } from "../../lib/crypto/secret-box";
import { createFreshDatabase } from "../../lib/testing/local-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface BenchServer {
  base: string;
  db: Awaited<ReturnType<typeof createFreshDatabase>>;
  dataDir: string;
  /** The encryption key the server stores tokens with (seeding must use it too). */
  key: string;
  child: ChildProcess;
  /** Stops the server; drops the database unless told to keep it. */
  stop(opts?: { keepDatabase?: boolean }): Promise<void>;
}

/** Polls `url` until it answers 2xx. */
export async function waitFor(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts the server on a fresh database and waits until /api/health answers. */
export async function startBenchServer(opts: {
  name: string;
  port: number;
  skipBuild?: boolean;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** The Node.js binary to run the start command with (start.ts runs the server with the same one); this process's by default. */
  nodeBin?: string;
  /** The checkout to run (built, with its node_modules); this one by default. */
  root?: string;
}): Promise<BenchServer> {
  const root = opts.root ?? ROOT;
  const db = await createFreshDatabase(`eh_${opts.name}`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `eh-${opts.name}-`));
  const key = generateKeyBase64();
  const base = `http://127.0.0.1:${opts.port}`;
  console.log(`${opts.name}: fresh database ${db.name}; starting the server with the real start command on :${opts.port}`);
  const child = spawn(opts.nodeBin ?? process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--port", String(opts.port), "--data-dir", dataDir, ...(opts.skipBuild ? ["--skip-build"] : [])], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: db.url, ENCRYPTION_KEY: key, DEMO_MODE: "1", SIMULATOR_PORT: String(opts.port + 5), LOG_LEVEL: "warn", APP_URL: base, ...opts.env },
  });
  const stop = async ({ keepDatabase = false } = {}) => {
    child.kill("SIGTERM");
    // serve.mjs closes its connections and exits within 5 s.
    await new Promise((r) => setTimeout(r, 6000));
    if (!keepDatabase) await db.drop().catch(() => {});
  };
  try {
    await waitFor(`${base}/api/health`, opts.readyTimeoutMs ?? 600_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, db, dataDir, key, child, stop };
}

/** Signs in as the demo admin (password from the data directory); returns the Cookie header. */
export async function signInDemoAdmin(server: Pick<BenchServer, "base" | "dataDir">): Promise<string> {
  const password = readFileSync(path.join(server.dataDir, "demo-admin.txt"), "utf8").trim();
  const res = await fetch(`${server.base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base },
    body: JSON.stringify({ email: "admin@demo.example", password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
