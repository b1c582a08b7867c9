#!/usr/bin/env node
// Runs the real Prisma CLI with our wasm schema engine (prisma/schema-engine.mjs) instead of the
// native binary it would download. Usage: node scripts/prisma.mjs <prisma args…>
// Used by every db:* npm script, by the start command and by the tests: one path everywhere.
import { spawn } from "node:child_process";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const engine = path.join(root, "prisma", "schema-engine.mjs");
chmodSync(engine, 0o755); // git may check it out without the executable bit
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: engine,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_DISABLE_WARNINGS: "1",
  },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
