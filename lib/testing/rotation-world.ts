// Integration-test world for the rotation wizard: a fresh database of its own with the demo seeded
// into it, and the simulator serving the same world (so expiries and tokens agree). Test-only.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { secretKey } from "@/lib/crypto/secret-box";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";
import { createPerson } from "@/lib/testing/people";
import { DEMO_SEED, seedDemoScenario } from "@/prisma/demo/seed-scenario";
import { startSimulator, type RunningSimulator, type Scenario } from "@/simulators";
import { demoScenario } from "@/simulators/scenarios/demo";
import { advanceRun, type AdvanceInput, type AdvanceOutcome } from "@/lib/services/rotations/advance";

export interface RotationWorld {
  sim: RunningSimulator;
  scenario: Scenario;
  admin: ServiceContext;
  admin2: ServiceContext;
  operator: (tenantIds: string[]) => Promise<ServiceContext>;
  tenant(slug: string): Promise<{ id: string }>;
  close(): Promise<void>;
}

export async function userCtx(role: "ADMIN" | "OPERATOR", tenantIds: string[] = []): Promise<ServiceContext> {
  const p = await createPerson(role, tenantIds);
  return { ...systemContext(), actor: { type: "user", id: p.id, label: p.email, role } };
}

/** Must run before anything touches db() or env(): the process reads DATABASE_URL and VENDOR_CA_FILE once. */
export async function startRotationWorld(edit?: (s: Scenario) => void): Promise<RotationWorld> {
  const fresh = await createMigratedDatabase("eh_it_rot");
  process.env.DATABASE_URL = fresh.url;
  const scenario = demoScenario(DEMO_SEED, new Date());
  edit?.(scenario);
  const sim = await startSimulator({ port: 0, host: "127.0.0.1", scenario });
  const caFile = path.join(mkdtempSync(path.join(os.tmpdir(), "eh-rot-ca-")), "ca.pem");
  writeFileSync(caFile, sim.caCertificate);
  process.env.VENDOR_CA_FILE = caFile;
  const admin = await userCtx("ADMIN");
  const admin2 = await userCtx("ADMIN");
  await db().$transaction((tx) => seedDemoScenario(tx, secretKey(process.env.ENCRYPTION_KEY!), { scenario, simulatorUrl: sim.url, simulatorHttpsUrl: sim.httpsUrl }, admin.actor.id!), { timeout: 60_000 });
  return {
    sim,
    scenario,
    admin,
    admin2,
    operator: (ids) => userCtx("OPERATOR", ids),
    tenant: (slug) => db().tenant.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    async close() {
      await sim.close();
      await db().$disconnect();
      await fresh.drop();
    },
  };
}

/** The Entra group of the multi-user Windows workstations of a tenant, read from the scenario. */
export function multiUserGroup(scenario: Scenario, slug: string): string {
  const t = scenario.intune.tenants.find((x) => x.name.startsWith(`${slug} `));
  const g = t?.groups.find((x) => /multi-user/.test(x.displayName));
  if (!g) throw new Error(`no multi-user group for ${slug}`);
  return g.id;
}

/** Calls advance like the page's polling does, moving the simulator's clock while the nsdiag push runs. */
export async function drive(ctx: ServiceContext, sim: RunningSimulator, input: Omit<AdvanceInput, "now">, limit = 40): Promise<AdvanceOutcome[]> {
  const seen: AdvanceOutcome[] = [];
  for (let i = 0; i < limit; i++) {
    const out = await advanceRun({ ctx, input });
    seen.push(out);
    if (out.kind === "finished" || out.kind === "needs-operator" || out.kind === "failed" || out.kind === "busy") return seen;
    if (out.kind === "waiting") await fetch(`${sim.url}/__admin/clock`, { method: "POST", body: JSON.stringify({ advanceMs: 10 * 60_000 }) });
  }
  return seen;
}
