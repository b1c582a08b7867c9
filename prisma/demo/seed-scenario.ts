// Writes the simulators' demo world (simulators/scenarios/demo.ts) into the database, so the demo's
// dashboard and its simulated vendors agree: the same tenants, tokens, devices and MDM objects.
// Secrets are encrypted and fingerprinted exactly as the app does (lib/crypto/secret-box.ts).
import type { Prisma } from "../../lib/generated/prisma/client";
import { encryptSecret, fingerprintSecret, secretSuffix, type SecretKey } from "../../lib/crypto/secret-box";
import { clientVersionSortNumber, parseClientVersion } from "../../lib/domain/client-version";
import { demoScenario } from "../../simulators/scenarios/demo";
import type { Scenario, ScenarioDevice, ScenarioTenant } from "../../simulators/scenario";
import { seedDemoMdm } from "./seed-mdm";
import { demoClassKey, seedDemoReadiness } from "./seed-readiness";

export const DEMO_SEED = 20251123;
export const DEMO_SETTING_KEY = "demo";

/** Where the demo's simulated vendors live; the seed points each tenant's API base URL there. */
export interface DemoWorld {
  scenario: Scenario;
  simulatorUrl: string;
  /** The simulator's HTTPS origin (same port) for the Entra login MSAL insists on. */
  simulatorHttpsUrl: string;
}

const TIME_ZONES: Record<string, string> = { eu: "Europe/Berlin", uk: "Europe/London", jp: "Asia/Tokyo", us: "America/New_York" };
const NAMES: Record<string, string> = { acme: "Acme Corporation", globex: "Globex", initech: "Initech" };

export const addonHost = (t: Pick<ScenarioTenant, "slug" | "region">) => `addon-${t.slug}${t.region ? `.${t.region}` : ""}.goskope.com`;

function deviceRow(tenantId: string, d: ScenarioDevice, key: SecretKey, classKey: number): Prisma.DeviceCreateManyInput {
  const version = parseClientVersion(d.clientVersion);
  return {
    tenantId,
    deviceKey: d.nsdeviceuid.toLowerCase(),
    nsDeviceUid: d.nsdeviceuid,
    hostname: d.hostname,
    serialNumber: d.serialNumber,
    os: d.os === "windows" ? "WINDOWS" : "MACOS",
    osVersion: d.osVersion,
    clientVersion: d.clientVersion,
    clientVersionNum: clientVersionSortNumber(version),
    installMode: d.installMode === "upn" ? "UPN" : d.installMode === "idp" ? "IDP" : "EMAIL_INVITE",
    multiUser: d.multiUser,
    npaPrelogon: d.npaPrelogon,
    protectClientConfig: d.protectClientConfig,
    classification: d.heldAuthToken ? "TOKEN_PRESENT" : "TOKEN_MISSING",
    sources: ["NETSKOPE"],
    lastSeenAt: new Date(d.lastSeen),
    tokenFingerprint: d.heldAuthToken ? fingerprintSecret(key, d.heldAuthToken) : null,
    tokenGivenAt: d.heldAuthToken && d.installedAt ? new Date(d.installedAt) : null,
    classKey,
  };
}

async function seedTenant(tx: Prisma.TransactionClient, key: SecretKey, t: ScenarioTenant, world: DemoWorld, adminId: string) {
  const anyEnforced = t.tokenSets.some((s) => s.enforced);
  const apiToken = t.apiTokens[0]!.token;
  const tenant = await tx.tenant.create({
    data: {
      name: NAMES[t.slug] ?? t.slug,
      slug: t.slug,
      region: t.region || null,
      addonHost: addonHost(t),
      apiBaseUrl: `${world.simulatorUrl}/netskope/${t.slug}/api/v2`,
      timeZone: TIME_ZONES[t.region] ?? "UTC",
      seState: t.tokenSets.length === 0 ? "DISABLED" : anyEnforced ? "ENFORCED" : "NOT_ENFORCED",
      encryptionTokenEnforced: anyEnforced && t.tokenSets.some((s) => s.encryptToken !== ""),
      multiToken: t.multiToken,
      encryptedOrgKey: encryptSecret(key, t.orgKey),
      encryptedApiToken: encryptSecret(key, apiToken),
      apiTokenFingerprint: fingerprintSecret(key, apiToken),
      owner: "Security Operations",
      testDeviceUid: t.devices.find((d) => d.installMode === "upn" && d.os === "windows")?.nsdeviceuid ?? null,
      lastSyncedAt: new Date(world.scenario.now ?? Date.now()),
    },
  });
  for (const set of t.tokenSets) {
    const tokenSet = await tx.tokenSet.create({
      data: { tenantId: tenant.id, vendorTokenSetId: String(set.tsid), enforceStatus: set.enforced ? "ENFORCED" : "NOT_ENFORCED", stage: "CURRENT", vendorCreatedAt: new Date(set.createdAt) },
    });
    const values = [["AUTH", set.authToken], ["ENCRYPTION", set.encryptToken]] as const;
    for (const [kind, value] of values) {
      if (!value) continue;
      await tx.token.create({
        data: {
          tenantId: tenant.id,
          tokenSetId: tokenSet.id,
          kind,
          encryptedValue: encryptSecret(key, value),
          fingerprint: fingerprintSecret(key, value),
          suffix: secretSuffix(value),
          stage: "CURRENT",
          source: "DEMO",
          vendorCreatedAt: new Date(set.createdAt),
          expiresAt: set.validTill ? new Date(set.validTill) : null,
          createdById: adminId,
        },
      });
    }
  }
  await tx.device.createMany({ data: t.devices.map((d) => deviceRow(tenant.id, d, key, demoClassKey(t, d))) });
  const ids = new Map((await tx.device.findMany({ where: { tenantId: tenant.id }, select: { id: true, deviceKey: true } })).map((d) => [d.deviceKey, d.id]));
  await tx.deviceUser.createMany({
    data: t.devices.flatMap((d) => d.users.map((u) => ({ deviceId: ids.get(d.nsdeviceuid.toLowerCase())!, tenantId: tenant.id, username: u.username, userKey: u.userkey ?? null }))),
    skipDuplicates: true,
  });
  await seedDemoReadiness(tx, tenant.id, t, new Date(world.scenario.now ?? Date.now()));
  return tenant;
}

/** The demo world for a given instant (deterministic: same seed and `now`, same world). */
export function demoWorld(now: Date, simulatorUrl: string, simulatorHttpsUrl: string): DemoWorld {
  return { scenario: demoScenario(DEMO_SEED, now), simulatorUrl, simulatorHttpsUrl };
}

/** Seeds the demo world; returns a one-line summary. The caller owns the transaction. */
export async function seedDemoScenario(tx: Prisma.TransactionClient, key: SecretKey, world: DemoWorld, adminId: string): Promise<string> {
  const tenants = [];
  for (const t of world.scenario.netskope.tenants) tenants.push(await seedTenant(tx, key, t, world, adminId));
  const targets = await seedDemoMdm(tx, key, world, new Map(tenants.map((t) => [t.slug, t.id])));
  // The simulator must be started with the same instant, or its expiries drift from the database's.
  await tx.appSetting.create({ data: { key: DEMO_SETTING_KEY, value: { seed: DEMO_SEED, now: world.scenario.now ?? null } } });
  const devices = world.scenario.netskope.tenants.reduce((n, t) => n + t.devices.length, 0);
  return `${tenants.length} tenants, ${devices} devices, ${targets} MDM install commands`;
}
