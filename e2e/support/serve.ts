// The e2e web server: a fresh database on the local PostgreSQL, a throwaway encryption key, demo data,
// then the real start command (the same path a newcomer takes, on PostgreSQL instead of PGlite).
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateKeyBase64 } from "../../lib/crypto/secret-box";
import { createFreshDatabase } from "../../lib/testing/local-database";

const root = path.resolve(import.meta.dirname, "..", "..");
const db = await createFreshDatabase("eh_e2e");
const dataDir = await mkdtemp(path.join(os.tmpdir(), "eh-e2e-"));
await writeFile(path.join(root, "test-results", ".e2e-state.json"), JSON.stringify({ databaseUrl: db.url, dataDir })).catch(async () => {
  const { mkdir } = await import("node:fs/promises");
  await mkdir(path.join(root, "test-results"), { recursive: true });
  await writeFile(path.join(root, "test-results", ".e2e-state.json"), JSON.stringify({ databaseUrl: db.url, dataDir }));
});

const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--data-dir", dataDir, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url, ENCRYPTION_KEY: generateKeyBase64(), DEMO_MODE: "1", LOG_LEVEL: "warn" },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  await db.drop().catch(() => {});
  process.exit(code ?? 0);
});
