// Resilience: a rotation survives its server being killed (SIGKILL) at every step boundary, vendor
// faults on a fifth of the calls, and PostgreSQL restarting in the middle of a run. Usage:
//   npm run test:resilience [-- --only kill|faults|postgres]
// Each scenario runs a real single-token rotation of the demo tenant "acme" against the real
// simulator, on a fresh PostgreSQL database, driven by scripts/resilience/rotation-driver.ts in a
// child process (the "server"), then checks: the run COMPLETED; the token the database holds as
// CURRENT is the one the vendor holds and every install command carries; the previous token is
// kept; and no vendor write was made twice (the simulator's request log).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { generateKeyBase64 } from "@/lib/crypto/secret-box";
import { decrypt } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { startRotationRun } from "@/lib/services/rotations/start";
import { multiUserGroup, startRotationWorld, type RotationWorld } from "@/lib/testing/rotation-world";
import type { LoggedRequest } from "@/simulators";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
process.env.ENCRYPTION_KEY ??= generateKeyBase64();
process.env.LOG_LEVEL ??= "silent";
const OVERRIDE = "Resilience run: the demo fleet's refused devices are known";
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

interface Result {
  scenario: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

/** A write the vendor carried out (faulted attempts are not: the client retries those). */
const isWrite = (r: LoggedRequest) =>
  (r.vendor === "netskope" || r.vendor === "intune" || r.vendor === "jamf") && r.method !== "GET" && r.method !== "HEAD" && !r.fault && r.status >= 200 && r.status < 300 && !/\/oauth2?\/|\/token$/.test(r.path);
/** Run events that mark progress (a resumed process's own notes do not). */
const PROGRESS_EVENTS = { type: { notIn: ["resume", "nsdiag-waiting"] } };
const writeKey = (r: LoggedRequest) => `${r.method} ${r.path} ${createHash("sha256").update(r.body ?? "").digest("hex").slice(0, 12)}`;

/** Spawns the driver; resolves with its exit code (null when killed). */
function driver(w: RotationWorld, runId: string, actorId: string): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/resilience/rotation-driver.ts"], {
    cwd: ROOT,
    env: { ...process.env, SIM_URL: w.sim.url, RUN_ID: runId, ACTOR_ID: actorId, OVERRIDE_REASON: OVERRIDE, LOG_LEVEL: "silent", JOBS_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", () => {});
  return { child, done: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}

async function startRun(w: RotationWorld): Promise<{ runId: string; since: number }> {
  const acme = await w.tenant("acme");
  const since = w.sim.requestLog.entries().at(-1)?.seq ?? 0;
  const { id } = await startRotationRun({ ctx: w.admin, input: { tenantId: acme.id, plan: "rotate-single", overrideReason: OVERRIDE, nsdiagGroupId: multiUserGroup(w.scenario, "acme") } });
  return { runId: id, since };
}

/** The end state every scenario must reach; returns what is wrong, or an empty list. */
async function check(w: RotationWorld, runId: string, since: number): Promise<string[]> {
  const problems: string[] = [];
  const run = await db().rotationRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.status !== "COMPLETED") problems.push(`run is ${run.status} at ${run.step}`);
  const acme = await w.tenant("acme");
  const current = await db().token.findMany({ where: { tenantId: acme.id, kind: "AUTH", stage: "CURRENT" } });
  if (current.length !== 1) problems.push(`${current.length} CURRENT auth tokens`);
  const previous = await db().token.count({ where: { tenantId: acme.id, kind: "AUTH", stage: "PREVIOUS" } });
  if (previous < 1) problems.push("the previous token was not kept");
  const value = current[0] ? decrypt(current[0].encryptedValue) : "";
  const state = (await (await fetch(`${w.sim.url}/__admin/state`)).json()) as {
    netskope: { slug: string; tokenSets: { authToken: string; enforced: boolean }[] }[];
    intune: { tenantId: string; win32Apps: { installCommandLine: string }[] }[];
  };
  const sets = state.netskope.find((t) => t.slug === "acme")?.tokenSets ?? [];
  if (!sets.some((s) => s.authToken === value && s.enforced)) problems.push("the vendor does not hold the database's CURRENT token, enforced");
  const entra = w.scenario.intune.tenants.find((t) => t.name.startsWith("acme "));
  for (const app of state.intune.find((t) => t.tenantId === entra?.tenantId)?.win32Apps ?? [])
    if (/enrollauthtoken=/.test(app.installCommandLine) && !app.installCommandLine.includes(`enrollauthtoken=${value}`)) problems.push("an Intune install command does not carry the new token");
  const writes = w.sim.requestLog.entries({ since }).filter(isWrite);
  const seen = new Map<string, number>();
  for (const r of writes) seen.set(writeKey(r), (seen.get(writeKey(r)) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1);
  if (twice.length) problems.push(`vendor writes made twice: ${twice.map(([k, n]) => `${k} ×${n}`).join("; ")}`);
  return problems;
}

/** Kills the driver each time something new happens (a vendor write or a run event), then resumes. */
async function killAtEveryBoundary(): Promise<Result> {
  const started = Date.now();
  const w = await startRotationWorld();
  try {
    const { runId, since } = await startRun(w);
    let kills = 0;
    let lastMark = "";
    for (let round = 0; round < 80; round++) {
      const { child, done } = driver(w, runId, w.admin.actor.id!);
      let killed = false;
      const watch = setInterval(async () => {
        const writes = w.sim.requestLog.entries({ since }).filter(isWrite).length;
        const events = await db().rotationEvent.count({ where: { runId, ...PROGRESS_EVENTS } }).catch(() => -1);
        const mark = `${writes}/${events}`;
        if (lastMark === "") lastMark = mark;
        if (!killed && mark !== lastMark) {
          killed = true;
          lastMark = mark;
          child.kill("SIGKILL");
        }
      }, 5);
      const code = await done;
      clearInterval(watch);
      if (killed) {
        kills++;
        continue;
      }
      if (code !== 0) return { scenario: "kill -9 at every step boundary", ok: false, detail: `the driver exited ${code} after ${kills} kills`, seconds: (Date.now() - started) / 1000 };
      break;
    }
    const problems = await check(w, runId, since);
    return { scenario: "kill -9 at every step boundary", ok: problems.length === 0 && kills > 5, detail: problems.join("; ") || `${kills} kills, resumed each time; no duplicate write, token consistent`, seconds: (Date.now() - started) / 1000 };
  } finally {
    await w.close();
  }
}

/** A fifth of the vendor calls fail (503, 429 with Retry-After, dropped connections). */
async function faultsOnAFifth(): Promise<Result> {
  const started = Date.now();
  const w = await startRotationWorld();
  try {
    const add = (rule: object) => fetch(`${w.sim.url}/__admin/faults`, { method: "POST", body: JSON.stringify(rule) });
    await add([
      { path: "/netskope/*", kind: "status", status: 503, probability: 0.1, seed: 11 },
      { path: "/netskope/*", kind: "rate-limit", retryAfterSec: 1, probability: 0.1, seed: 12 },
      { path: "/graph/*", kind: "status", status: 503, probability: 0.1, seed: 13 },
      { path: "/graph/*", kind: "rate-limit", retryAfterSec: 1, probability: 0.1, seed: 14 },
      { path: "/jamf/*", kind: "status", status: 502, probability: 0.2, seed: 15 },
    ]);
    const { runId, since } = await startRun(w);
    const { done } = driver(w, runId, w.admin.actor.id!);
    const code = await done;
    const fired = ((await (await fetch(`${w.sim.url}/__admin/faults`)).json()) as { faults: { fired: number }[] }).faults.reduce((n, f) => n + f.fired, 0);
    const problems = code === 0 ? await check(w, runId, since) : [`the driver exited ${code}`];
    return { scenario: "20% vendor faults", ok: problems.length === 0 && fired > 0, detail: problems.join("; ") || `${fired} faults injected; completed`, seconds: (Date.now() - started) / 1000 };
  } finally {
    await w.close();
  }
}

function pgCluster(): { version: string } | null {
  if (!existsSync("/etc/postgresql")) return null;
  const [version] = readdirSync("/etc/postgresql");
  return version ? { version } : null;
}

/** PostgreSQL restarts while the driver is in the middle of the run. */
async function postgresRestart(): Promise<Result> {
  const started = Date.now();
  const cluster = pgCluster();
  if (!cluster) return { scenario: "PostgreSQL restart mid-run", ok: false, detail: "no local PostgreSQL cluster to restart (pg_ctlcluster)", seconds: 0 };
  const w = await startRotationWorld();
  try {
    const { runId, since } = await startRun(w);
    let restarted = false;
    for (let round = 0; round < 20; round++) {
      const { done } = driver(w, runId, w.admin.actor.id!);
      if (!restarted) {
        // Wait for the run to be past its first vendor write, then restart the server under it.
        for (let i = 0; i < 2000 && w.sim.requestLog.entries({ since }).filter(isWrite).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
        execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, "main", "restart", "-m", "fast"], { stdio: "ignore" });
        restarted = true;
      }
      const code = await done;
      if (code === 0) break;
      // The driver died with the connection: a new process resumes, as a restarted server would.
    }
    await db().$disconnect().catch(() => {});
    const problems = await check(w, runId, since);
    return { scenario: "PostgreSQL restart mid-run", ok: problems.length === 0 && restarted, detail: problems.join("; ") || "restarted after the second vendor write; resumed and completed", seconds: (Date.now() - started) / 1000 };
  } finally {
    await w.close().catch(() => {});
  }
}

const scenarios: Record<string, () => Promise<Result>> = { kill: killAtEveryBoundary, faults: faultsOnAFifth, postgres: postgresRestart };

if (only) {
  // One scenario per process: each has its own database, and the process's Prisma client is bound to one.
  const scenario = scenarios[only];
  if (!scenario) throw new Error(`no scenario ${only}; one of ${Object.keys(scenarios).join(", ")}`);
  const r = await scenario().catch((error: unknown): Result => ({ scenario: only, ok: false, detail: error instanceof Error ? (error.stack ?? error.message) : String(error), seconds: 0 }));
  process.stdout.write(`  ${r.ok ? "ok  " : "FAIL"} ${r.scenario} (${r.seconds.toFixed(1)} s): ${r.detail}\n`);
  process.exit(r.ok ? 0 : 1);
} else {
  let failed = 0;
  for (const name of Object.keys(scenarios)) {
    process.stdout.write(`• ${name}…\n`);
    try {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", import.meta.filename, "--only", name], { cwd: ROOT, stdio: "inherit", env: process.env });
    } catch {
      failed++;
    }
  }
  // Not "N passed, N failed": CI reads that line from the main test command only.
  process.stdout.write(`\nresilience: ${Object.keys(scenarios).length - failed} of ${Object.keys(scenarios).length} scenarios completed safely\n`);
  process.exit(failed ? 1 : 0);
}
