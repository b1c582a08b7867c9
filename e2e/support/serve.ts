// The e2e web server: a fresh database on the local PostgreSQL, a throwaway encryption key, demo data,
// then the real start command (the same path a newcomer takes, on PostgreSQL instead of PGlite).
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateKeyBase64 } from "../../lib/crypto/secret-box";
import { createFreshDatabase } from "../../lib/testing/local-database";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_NAME } from "./oidc-config";

const root = path.resolve(import.meta.dirname, "..", "..");
const portArg = process.argv.indexOf("--port");
const port = portArg >= 0 ? process.argv[portArg + 1] : "3000";
const db = await createFreshDatabase("eh_e2e");
const dataDir = await mkdtemp(path.join(os.tmpdir(), "eh-e2e-"));
// A throwaway key, kept in the (git-ignored) state file so e2e/secrets.spec.ts can seed encrypted fixtures.
const encryptionKey = generateKeyBase64();
// Everything the server prints (start command, Next, the app's logger), for e2e/secrets.spec.ts to search.
const logFile = path.join(root, "test-results", "e2e-server.log");
mkdirSync(path.join(root, "test-results"), { recursive: true });
await writeFile(path.join(root, "test-results", ".e2e-state.json"), JSON.stringify({ databaseUrl: db.url, dataDir, encryptionKey, logFile }));
const log = createWriteStream(logFile, { flags: "w" });

const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--data-dir", dataDir, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    ENCRYPTION_KEY: encryptionKey,
    DEMO_MODE: "1",
    // Its own simulator port, so a developer's running `npm start` (4010) does not collide.
    SIMULATOR_PORT: String(Number(port) + 10),
    // Everything down to debug goes to the log file the secrets spec searches (Playwright pipes stdout).
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "debug",
    // The URL the browser uses: sign-in checks the Origin against it, SSO redirects back to it.
    APP_URL: `http://127.0.0.1:${port}`,
    // Single sign-on against the local provider Playwright starts (e2e/support/oidc-provider.ts).
    OIDC_ISSUER,
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
    OIDC_NAME,
    // Every test signs in from 127.0.0.1; the per-address limit itself is tested in lib/server/auth.int.test.ts.
    AUTH_RATE_LIMIT_PER_MINUTE: "100",
  },
});
child.stdout.on("data", (b: Buffer) => {
  process.stdout.write(b);
  log.write(b);
});
child.stderr.on("data", (b: Buffer) => {
  process.stderr.write(b);
  log.write(b);
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  log.end();
  await db.drop().catch(() => {});
  process.exit(code ?? 0);
});
