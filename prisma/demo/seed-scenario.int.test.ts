// The demo seed writes the simulators' world faithfully: same tenants and expiries, encrypted tokens,
// fingerprints that match what devices and MDM commands carry, and the drift the scenario plants.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { decryptSecret, generateKeyBase64, secretKey } from "@/lib/crypto/secret-box";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";
import { DEMO_SETTING_KEY, demoWorld, seedDemoScenario } from "./seed-scenario";

const NOW = new Date("2026-11-23T09:00:00Z");
const key = secretKey(generateKeyBase64());
const world = demoWorld(NOW, "http://127.0.0.1:4010", "https://127.0.0.1:4010");
let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await createMigratedDatabase("eh_it_demo");
  drop = fresh.drop;
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url, max: 2 }) });
  const admin = await db.user.create({ data: { id: "usr_demo", name: "Demo", email: "demo@example.test", role: "ADMIN" } });
  await db.$transaction((tx) => seedDemoScenario(tx, key, world, admin.id), { timeout: 60_000 });
});
afterAll(async () => {
  await db.$disconnect();
  await drop();
});

describe("demo seed", () => {
  it("has the three tenants in their states, acme expiring 9 days after now", async () => {
    const tenants = await db.tenant.findMany({ orderBy: { slug: "asc" }, include: { tokens: { where: { kind: "AUTH" } } } });
    expect(tenants.map((t) => [t.slug, t.seState, t.multiToken])).toEqual([
      ["acme", "ENFORCED", false],
      ["globex", "NOT_ENFORCED", false],
      ["initech", "ENFORCED", true],
    ]);
    const acme = tenants[0]!;
    expect(acme.tokens[0]!.expiresAt!.getTime() - NOW.getTime()).toBe(9 * 86_400_000);
    expect(acme.apiBaseUrl).toBe("http://127.0.0.1:4010/netskope/acme/api/v2");
    const scenarioToken = world.scenario.netskope.tenants[0]!.tokenSets[0]!.authToken;
    expect(decryptSecret(key, acme.tokens[0]!.encryptedValue)).toBe(scenarioToken);
    expect(await db.appSetting.findUnique({ where: { key: DEMO_SETTING_KEY } })).toMatchObject({ value: { now: NOW.toISOString() } });
  });

  it("stores no token value in plaintext anywhere", async () => {
    const dump = JSON.stringify([await db.tenant.findMany(), await db.token.findMany(), await db.mdmConnection.findMany(), await db.mdmTarget.findMany(), await db.device.findMany()]);
    for (const t of world.scenario.netskope.tenants) for (const s of t.tokenSets) expect(dump).not.toContain(s.authToken);
  });

  it("device classification and fingerprints follow what each device holds", async () => {
    const devices = world.scenario.netskope.tenants.flatMap((t) => t.devices);
    expect(await db.device.count()).toBe(devices.length);
    expect(await db.device.count({ where: { classification: "TOKEN_MISSING" } })).toBe(devices.filter((d) => !d.heldAuthToken).length);
    const acmeTokenFp = (await db.token.findFirstOrThrow({ where: { tenant: { slug: "acme" }, kind: "AUTH" } })).fingerprint;
    const holdingCurrent = world.scenario.netskope.tenants[0]!.devices.filter((d) => d.heldAuthToken === world.scenario.netskope.tenants[0]!.tokenSets[0]!.authToken).length;
    expect(await db.device.count({ where: { tokenFingerprint: acmeTokenFp } })).toBe(holdingCurrent);
    expect(await db.deviceUser.count()).toBeGreaterThan(devices.length);
  });

  it("flags the install command the scenario left on the previous token", async () => {
    const drifted = await db.mdmTarget.findMany({ where: { drift: "DRIFTED" }, include: { tenant: true } });
    expect(drifted.map((t) => [t.tenant.slug, t.kind])).toEqual([["acme", "INTUNE_WIN32_APP"]]);
    expect(drifted[0]!.lint).toEqual(expect.arrayContaining([{ code: "auth-token-not-current", severity: "error" }]));
    expect(await db.mdmTarget.count({ where: { drift: "IN_SYNC" } })).toBeGreaterThan(10);
  });
});
