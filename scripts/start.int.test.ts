// The start command's bad-input contract: one line naming the problem and the fix, exit code 1,
// nothing half-written. Each case runs the real `npm start` entry point in a child process.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const GOOD_KEY = Buffer.alloc(32, 7).toString("base64");

async function start(env: Record<string, string | undefined>, args: string[] = []) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "eh-start-"));
  const base = { ...process.env, DATABASE_URL: undefined, ENCRYPTION_KEY: undefined, EMBEDDED_DB_PORT: "56432", ...env };
  try {
    await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--data-dir", dataDir, "--port", "3999", ...args], {
      cwd: ROOT,
      env: Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
      timeout: 60_000,
    });
    throw new Error("start command succeeded but should have failed");
  } catch (e) {
    const err = e as { code?: number; stderr?: string; stdout?: string };
    return { code: err.code, stderr: (err.stderr ?? "").trim(), dataDir };
  }
}

function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.split("\n").filter((l) => l.startsWith("✖"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).toMatch(/Fix: /);
}

describe("npm start with bad input", () => {
  it("a malformed DATABASE_URL", async () => {
    const r = await start({ DATABASE_URL: "mysql://nope" });
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, /DATABASE_URL: must be a postgresql:\/\//);
  });

  it("an unreachable DATABASE_URL", async () => {
    const r = await start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere", ENCRYPTION_KEY: GOOD_KEY });
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, /cannot connect to the database at 127\.0\.0\.1:1\/nowhere/);
  });

  it("a database that does not exist", async () => {
    const url = new URL(inject("databaseUrl"));
    url.pathname = "/eh_does_not_exist";
    const r = await start({ DATABASE_URL: url.toString(), ENCRYPTION_KEY: GOOD_KEY });
    expectOneLine(r.stderr, /3D000.*create the database first/);
  });

  it("DATABASE_URL without ENCRYPTION_KEY", async () => {
    const r = await start({ DATABASE_URL: inject("databaseUrl") });
    expectOneLine(r.stderr, /ENCRYPTION_KEY is not/);
  });

  it("DATABASE_URL without BETTER_AUTH_SECRET (outside the demo)", async () => {
    const r = await start({ DATABASE_URL: inject("databaseUrl"), ENCRYPTION_KEY: GOOD_KEY });
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, /but BETTER_AUTH_SECRET is not/);
  });

  it("a bad ENCRYPTION_KEY", async () => {
    const r = await start({ ENCRYPTION_KEY: "c2hvcnQ=" });
    expectOneLine(r.stderr, /ENCRYPTION_KEY: must be 32 bytes/);
  });

  it("a port in use", async () => {
    const server = net.createServer().listen(3999, "0.0.0.0");
    await new Promise((r) => server.once("listening", r));
    try {
      const r = await start({});
      expectOneLine(r.stderr, /port 3999 \(the web server\) is already in use/);
      expect(await readdir(r.dataDir)).toEqual([]); // nothing written before the check
    } finally {
      server.close();
    }
  });

  it("a damaged embedded database", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "eh-damaged-"));
    await mkdir(path.join(dataDir, "pglite"), { recursive: true });
    await writeFile(path.join(dataDir, "pglite", "PG_VERSION"), "garbage");
    const r = await start({}, ["--data-dir", dataDir]);
    expectOneLine(r.stderr, /embedded database .* could not be opened/);
  });

  it("a damaged demo key file", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "eh-badkey-"));
    await writeFile(path.join(dataDir, "encryption.key"), "not a key");
    const r = await start({}, ["--data-dir", dataDir]);
    expectOneLine(r.stderr, /does not hold a valid key/);
  });
});
