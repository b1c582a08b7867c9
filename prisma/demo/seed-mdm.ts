// The demo's MDM side: one connection per simulated Intune tenant and Jamf instance, and a target for
// every install command that carries a token, with its drift (does it carry a current token?) and its
// lint, computed by the same domain rules the app uses. Only fingerprints are stored, never values.
import type { Prisma } from "../../lib/generated/prisma/client";
import { encryptSecret, fingerprintSecret, type SecretKey } from "../../lib/crypto/secret-box";
import { lintInstallCommand, lintParsedCommand, parseJamfParameters, type JamfSlot, type LintResult } from "../../lib/domain/install-command";
import type { ScenarioJamfInstance } from "../../simulators/scenario";

type ScenarioSlot = keyof ScenarioJamfInstance["policies"][number]["scripts"][number]["parameters"];
import type { DemoWorld } from "./seed-scenario";
import { addonHost } from "./seed-scenario";

type Drift = "IN_SYNC" | "DRIFTED" | "NO_TOKEN";

interface TargetFacts {
  drift: Drift;
  carriedFingerprint: string | null;
  lint: { code: string; severity: string }[];
  multiUser: boolean;
  installMode: "UPN" | "IDP";
}

function facts(result: LintResult, key: SecretKey, current: readonly string[]): TargetFacts {
  const token = result.fields.enrollAuthToken;
  const fp = token ? fingerprintSecret(key, token) : null;
  return {
    drift: !fp ? "NO_TOKEN" : current.includes(fp) ? "IN_SYNC" : "DRIFTED",
    carriedFingerprint: fp,
    lint: result.problems.map(({ code, severity }) => ({ code, severity })),
    multiUser: result.fields.mode?.toLowerCase() === "peruserconfig",
    installMode: result.fields.installMode?.toUpperCase() === "IDP" ? "IDP" : "UPN",
  };
}

/** Seeds connections and targets; returns how many install commands were recorded. */
export async function seedDemoMdm(tx: Prisma.TransactionClient, key: SecretKey, world: DemoWorld, tenantIds: Map<string, string>): Promise<number> {
  const tenants = world.scenario.netskope.tenants;
  const currentAuth = new Map(tenants.map((t) => [t.slug, t.tokenSets.map((s) => fingerprintSecret(key, s.authToken))]));
  const context = (slug: string) => {
    const t = tenants.find((x) => x.slug === slug)!;
    return { tenant: { addonHost: addonHost(t) }, fingerprint: (v: string) => fingerprintSecret(key, v), currentAuthFingerprints: currentAuth.get(slug) ?? [], reveal: true };
  };
  let count = 0;

  for (const it of world.scenario.intune.tenants) {
    const slug = it.name.split(" ")[0]!;
    const tenantId = tenantIds.get(slug);
    if (!tenantId) continue;
    const app = it.apps[0]!;
    const connection = await tx.mdmConnection.create({
      data: {
        kind: "INTUNE",
        name: it.name,
        baseUrl: `${world.simulatorUrl}/graph`,
        authorityUrl: world.simulatorHttpsUrl,
        directoryId: it.tenantId,
        clientId: app.clientId,
        encryptedClientSecret: encryptSecret(key, app.clientSecret),
      },
    });
    for (const w of it.win32Apps) {
      const f = facts(lintInstallCommand(w.installCommandLine, context(slug)), key, currentAuth.get(slug) ?? []);
      await tx.mdmTarget.create({
        data: { tenantId, connectionId: connection.id, kind: "INTUNE_WIN32_APP", externalId: w.id, name: w.displayName, platform: "windows", ...f, lastCheckedAt: new Date(w.lastModifiedDateTime) },
      });
      count++;
    }
  }

  for (const ji of world.scenario.jamf.instances) {
    const tenantId = tenantIds.get(ji.name);
    if (!tenantId) continue;
    const client = ji.clients[0]!;
    const connection = await tx.mdmConnection.create({
      data: { kind: "JAMF", name: `${ji.name} (Jamf Pro)`, baseUrl: `${world.simulatorUrl}/jamf/${ji.name}`, clientId: client.clientId, encryptedClientSecret: encryptSecret(key, client.clientSecret) },
    });
    for (const policy of ji.policies) {
      for (const ps of policy.scripts) {
        const labels = ji.scripts.find((s) => s.id === ps.id)?.parameterLabels ?? {};
        // The script's parameter labels say which slot carries the token ("enrollauthtoken=<token>", "Authentication token").
        const slot = Object.entries(labels).find(([, label]) => /token/i.test(label ?? ""))?.[0] as ScenarioSlot | undefined;
        if (!slot) continue;
        const isInstall = Object.values(ps.parameters).some((v) => v?.startsWith("enrollauthtoken="));
        const raw = ps.parameters[slot] ?? "";
        const result = isInstall
          ? lintParsedCommand(parseJamfParameters(Object.fromEntries(Object.entries(ps.parameters).map(([k, v]) => [`$${k}` as JamfSlot, v]))), context(ji.name))
          : lintInstallCommand(`nsdiag -e enrollauthtoken=${raw.replace(/^enrollauthtoken=/, "")}`, context(ji.name));
        const f = facts(result, key, currentAuth.get(ji.name) ?? []);
        await tx.mdmTarget.create({
          data: { tenantId, connectionId: connection.id, kind: "JAMF_POLICY", externalId: String(policy.id), name: policy.name, platform: "macos", tokenParameter: Number(slot), ...f },
        });
        count++;
      }
    }
  }
  return count;
}
