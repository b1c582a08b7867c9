// The rotation wizard end to end on a real PostgreSQL and the real simulator: the runbooks' steps
// through the vendor APIs, resumable, with no duplicate vendor write (the simulator's request log).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { decrypt } from "@/lib/server/crypto";
import { advanceRun } from "./advance";
import { rollbackRun } from "./control";
import { getPreflight } from "./preflight";
import { loadRun } from "./run-store";
import { startRotationRun } from "./start";
import { drive, multiUserGroup, startRotationWorld, type RotationWorld } from "@/lib/testing/rotation-world";

let w: RotationWorld;
beforeAll(async () => {
  // globex starts with no token set: the enablement's tenant.
  w = await startRotationWorld((s) => {
    const globex = s.netskope.tenants.find((t) => t.slug === "globex")!;
    globex.tokenSets = [];
  });
}, 120_000);
afterAll(async () => {
  await w?.close();
});

const OVERRIDE = "Demo fleet: refused devices are known and accepted for this test";

async function intuneCommands(slug: string) {
  const t = w.scenario.intune.tenants.find((x) => x.name.startsWith(`${slug} `))!;
  const state = (await (await fetch(`${w.sim.url}/__admin/state`)).json()) as { intune: { tenantId: string; win32Apps: { id: string; installCommandLine: string }[] }[] };
  return state.intune.find((x) => x.tenantId === t.tenantId)!.win32Apps;
}

async function tokenSets(slug: string) {
  const state = (await (await fetch(`${w.sim.url}/__admin/state`)).json()) as { netskope: { slug: string; tokenSets: { tsid: number; authToken: string; enforced: boolean }[] }[] };
  return state.netskope.find((x) => x.slug === slug)!.tokenSets;
}

describe("single-token rotation", () => {
  it("runs every step through the APIs, verifies, and completes with the new token CURRENT", async () => {
    const acme = await w.tenant("acme");
    const pre = await getPreflight({ ctx: w.admin, input: { tenantId: acme.id } });
    expect(pre.recommended).toBe("rotate-single");
    const oldToken = await db().token.findFirstOrThrow({ where: { tenantId: acme.id, kind: "AUTH", stage: "CURRENT" } });
    const since = w.sim.requestLog.entries().at(-1)?.seq ?? 0;
    const { id } = await startRotationRun({ ctx: w.admin, input: { tenantId: acme.id, plan: "rotate-single", overrideReason: OVERRIDE, nsdiagGroupId: multiUserGroup(w.scenario, "acme") } });

    let out = await drive(w.admin, w.sim, { runId: id }, 12);
    const waiting = out.filter((o) => o.kind === "waiting");
    expect(waiting.length).toBeGreaterThan(0);
    const last = waiting.at(-1)!;
    if (last.kind === "waiting") expect(last.progress.total).toBeGreaterThan(0);
    // Offline devices stay pending for ever: the operator moves on with what succeeded (recorded).
    if (out.at(-1)?.kind === "waiting") out = await drive(w.admin, w.sim, { runId: id, acceptProgress: true });
    expect(out.at(-1)).toMatchObject({ kind: "needs-operator", why: "enforce-confirmation" });
    // Readiness guard: Enforce is refused without an override while devices would be refused.
    const guard = await advanceRun({ ctx: w.admin, input: { runId: id, confirmEnforce: true } });
    if (guard.kind === "needs-operator") expect(guard.why).toBe("enforce-override");
    out = await drive(w.admin, w.sim, { runId: id, confirmEnforce: true, overrideReason: OVERRIDE });
    if (out.at(-1)?.kind !== "finished") console.log(JSON.stringify(out), JSON.stringify((await db().rotationEvent.findMany({ where: { runId: id, type: { startsWith: "verify" } } })).map((e) => e.data)));
    expect(out.at(-1)).toEqual({ kind: "finished" });

    const run = await loadRun(w.admin, id);
    expect(run.status).toBe("COMPLETED");
    expect(run.activeTenantId).toBeNull();
    const newToken = await db().token.findFirstOrThrow({ where: { tenantId: acme.id, kind: "AUTH", stage: "CURRENT" } });
    expect(newToken.id).not.toBe(oldToken.id);
    expect((await db().token.findUniqueOrThrow({ where: { id: oldToken.id } })).stage).toBe("PREVIOUS");
    const tenant = await db().tenant.findUniqueOrThrow({ where: { id: acme.id } });
    expect(tenant.seState).toBe("ENFORCED");
    expect(tenant.nextRotationAt!.getTime()).toBeGreaterThan(Date.now());
    // The devices' readiness follows the new current token: a refresh is queued for the tenant.
    const queued = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'devices.refresh-readiness' AND data->>'tenantId' = ${acme.id}`;
    expect(queued[0]!.n).toBe(1);
    expect(tenant.nextRotationAt!.getTime()).toBeLessThan(newToken.expiresAt!.getTime());
    // The vendor holds the new token, enforced, and every install command carries it.
    const value = decrypt(newToken.encryptedValue);
    const sets = await tokenSets("acme");
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ authToken: value, enforced: true });
    for (const app of await intuneCommands("acme")) expect(app.installCommandLine).toContain(`enrollauthtoken=${value}`);
    // Exactly one regeneration; verification enrolled on the test device.
    const writes = w.sim.requestLog.entries({ since });
    expect(writes.filter((r) => r.method === "PATCH" && /tokenset\/\d+$/.test(r.path) && r.body?.includes('"type":0'))).toHaveLength(1);
    const events = await db().rotationEvent.findMany({ where: { runId: id } });
    expect(events.some((e) => e.type === "verify-enrolled")).toBe(true);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain(value);
  }, 180_000);
});

describe("resume after a crash mid-step", () => {
  it("reads the vendor first and never regenerates twice", async () => {
    const initech = await w.tenant("initech");
    // initech is multi-token: exercise the single-token path's resume on a multi run's first step instead.
    const { id } = await startRotationRun({ ctx: w.admin, input: { tenantId: initech.id, plan: "rotate-multi", overrideReason: OVERRIDE, nsdiagGroupId: multiUserGroup(w.scenario, "initech") } });
    const since = w.sim.requestLog.entries().at(-1)?.seq ?? 0;
    await expect(advanceRun({ ctx: w.admin, input: { runId: id, crashAfterWrite: true } })).rejects.toThrow(/simulated crash/);
    expect((await loadRun(w.admin, id)).machine.status).toBe("step-running");
    // Within the lease another caller leaves it alone; after it (a restarted server) it resumes.
    expect(await advanceRun({ ctx: w.admin, input: { runId: id } })).toEqual({ kind: "busy" });
    expect(await advanceRun({ ctx: w.admin, input: { runId: id, now: new Date(Date.now() + 120_000) } })).toEqual({ kind: "advanced" });
    const posts = w.sim.requestLog.entries({ since }).filter((r) => r.method === "POST" && r.path.endsWith("/enrollment/tokenset"));
    expect(posts).toHaveLength(1);
    const events = await db().rotationEvent.findMany({ where: { runId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toContain("vendor-already-done");
    expect((await loadRun(w.admin, id)).machine).toMatchObject({ status: "step-pending", step: "update-mdm-commands" });
  }, 180_000);

  it("multi-token rotation completes without a Not Enforced window and retires the old set", async () => {
    const initech = await w.tenant("initech");
    const run = await db().rotationRun.findFirstOrThrow({ where: { activeTenantId: initech.id } });
    let out = await drive(w.admin, w.sim, { runId: run.id }, 8);
    if (out.at(-1)?.kind === "waiting") out = await drive(w.admin, w.sim, { runId: run.id, acceptProgress: true });
    expect(out.at(-1)).toMatchObject({ kind: "needs-operator", why: "enforce-confirmation" });
    // Never Not Enforced: every set stayed enforced.
    expect((await tokenSets("initech")).every((s) => s.enforced)).toBe(true);
    out = await drive(w.admin, w.sim, { runId: run.id, confirmEnforce: true, overrideReason: OVERRIDE });
    expect(out.at(-1)).toEqual({ kind: "finished" });
    const after = await tokenSets("initech");
    expect(after).toHaveLength(1);
    const current = await db().token.findFirstOrThrow({ where: { tenantId: initech.id, kind: "AUTH", stage: "CURRENT" } });
    expect(after[0]!.authToken).toBe(decrypt(current.encryptedValue));
    const previous = await db().token.count({ where: { tenantId: initech.id, stage: "PREVIOUS" } });
    expect(previous).toBeGreaterThan(0);
  }, 180_000);
});

describe("enablement", () => {
  it("creates the token set Not Enforced, updates the commands, enforces and verifies", async () => {
    const globex = await w.tenant("globex");
    await db().tenant.update({ where: { id: globex.id }, data: { seState: "DISABLED" } });
    await db().token.updateMany({ where: { tenantId: globex.id }, data: { stage: "RETIRED" } });
    const pre = await getPreflight({ ctx: w.admin, input: { tenantId: globex.id } });
    expect(pre.recommended).toBe("enable");
    const { id } = await startRotationRun({ ctx: w.admin, input: { tenantId: globex.id, plan: "enable", overrideReason: OVERRIDE } });
    let out = await drive(w.admin, w.sim, { runId: id });
    // No nsdiag group given: the push is the operator's (skipped here with a reason).
    expect(out.at(-1)).toMatchObject({ kind: "needs-operator", why: "manual-step" });
    const { skipStep } = await import("./control");
    await skipStep({ ctx: w.admin, input: { runId: id, step: "push-nsdiag", reason: "No multi-user devices at Globex" } });
    out = await drive(w.admin, w.sim, { runId: id, confirmEnforce: true, overrideReason: OVERRIDE });
    expect(out.at(-1)).toEqual({ kind: "finished" });
    const sets = await tokenSets("globex");
    expect(sets).toHaveLength(1);
    expect(sets[0]!.enforced).toBe(true);
    expect((await db().tenant.findUniqueOrThrow({ where: { id: globex.id } })).seState).toBe("ENFORCED");
  }, 180_000);
});

describe("races, faults and rollback", () => {
  let raceRunId = "";

  it("two operators racing to start on one tenant: exactly one run", async () => {
    const acme = await w.tenant("acme");
    const [a, b] = [await w.operator([acme.id]), await w.operator([acme.id])];
    const results = await Promise.allSettled([
      startRotationRun({ ctx: w.admin, input: { tenantId: acme.id, plan: "rotate-single", overrideReason: OVERRIDE, nsdiagGroupId: multiUserGroup(w.scenario, "acme") } }),
      startRotationRun({ ctx: w.admin2, input: { tenantId: acme.id, plan: "rotate-single", overrideReason: OVERRIDE, nsdiagGroupId: multiUserGroup(w.scenario, "acme") } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ name: "ConflictError", reason: "active_run" });
    expect(await db().rotationRun.count({ where: { tenantId: acme.id, status: "ACTIVE" } })).toBe(1);
    raceRunId = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ id: string }>).value.id;
    // A third start, by an operator, is refused too.
    await expect(startRotationRun({ ctx: a, input: { tenantId: acme.id, plan: "rotate-single" } })).rejects.toMatchObject({ name: "ConflictError" });
    expect(b.actor.role).toBe("OPERATOR");
  }, 180_000);

  it("429s and 5xx injected at the MDM steps: the run still completes, no target written twice", async () => {
    const acme = await w.tenant("acme");
    const since = w.sim.requestLog.entries().at(-1)?.seq ?? 0;
    const fault = (rule: object) => fetch(`${w.sim.url}/__admin/faults`, { method: "POST", body: JSON.stringify(rule) });
    await fault({ method: "PATCH", path: "/graph/v1.0/deviceAppManagement/mobileApps/*", kind: "rate-limit", retryAfterSec: 1, times: 2 });
    await fault({ method: "PATCH", path: "/graph/v1.0/deviceAppManagement/mobileApps/*", kind: "status", status: 503, times: 1, skip: 3 });
    // Enough 503s on one app to exhaust the client's retries: the step fails, then a retry resumes it.
    await fault({ method: "GET", path: "/graph/v1.0/deviceAppManagement/mobileApps/*", kind: "status", status: 502, times: 6, skip: 1 });
    let out = await drive(w.admin, w.sim, { runId: raceRunId }, 12);
    for (let i = 0; i < 3 && out.at(-1)?.kind === "failed"; i++) out = await drive(w.admin, w.sim, { runId: raceRunId }, 12);
    if (out.at(-1)?.kind === "waiting") out = await drive(w.admin, w.sim, { runId: raceRunId, acceptProgress: true });
    expect(out.at(-1)).toMatchObject({ kind: "needs-operator", why: "enforce-confirmation" });
    const operator = await w.operator([acme.id]);
    await expect(advanceRun({ ctx: operator, input: { runId: raceRunId, confirmEnforce: true, overrideReason: OVERRIDE } })).rejects.toMatchObject({ name: "ForbiddenError" });
    out = await drive(w.admin, w.sim, { runId: raceRunId, confirmEnforce: true, overrideReason: OVERRIDE });
    expect(out.at(-1)).toEqual({ kind: "finished" });
    const log = w.sim.requestLog.entries({ since });
    expect(log.some((r) => r.status === 429)).toBe(true);
    expect(log.some((r) => r.status >= 500 && r.vendor === "intune")).toBe(true);
    // Each app got exactly one successful PATCH.
    const okPatches = log.filter((r) => r.method === "PATCH" && r.path.includes("/mobileApps/") && r.status < 300);
    expect(new Set(okPatches.map((r) => r.path)).size).toBe(okPatches.length);
  }, 180_000);

  it("rollback before Enforce restores the previous install commands and removes the new token set", async () => {
    const initech = await w.tenant("initech");
    const before = await intuneCommands("initech");
    const setsBefore = await tokenSets("initech");
    const { id } = await startRotationRun({ ctx: w.admin, input: { tenantId: initech.id, plan: "rotate-multi", overrideReason: OVERRIDE } });
    await advanceRun({ ctx: w.admin, input: { runId: id } }); // add-new-token
    await advanceRun({ ctx: w.admin, input: { runId: id } }); // update-mdm-commands
    expect((await loadRun(w.admin, id)).machine).toMatchObject({ status: "step-pending", step: "push-nsdiag" });
    expect(await intuneCommands("initech")).not.toEqual(before);
    expect(await tokenSets("initech")).toHaveLength(setsBefore.length + 1);
    const { restored } = await rollbackRun({ ctx: w.admin, input: { runId: id, reason: "Change window moved" } });
    expect(restored).toBeGreaterThan(0);
    expect((await intuneCommands("initech")).map((a) => a.installCommandLine)).toEqual(before.map((a) => a.installCommandLine));
    expect((await tokenSets("initech")).map((s) => s.tsid)).toEqual(setsBefore.map((s) => s.tsid));
    const run = await loadRun(w.admin, id);
    expect(run.status).toBe("ROLLED_BACK");
    expect(run.activeTenantId).toBeNull();
  }, 180_000);
});
