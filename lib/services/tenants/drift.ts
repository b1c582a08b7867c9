import "server-only";
// "Check drift now": read every MDM object of the tenant that carries a token through the vendor
// clients, and recompute which token it carries (by fingerprint), its drift against the tenant's
// current tokens and its lint. Values are read, fingerprinted and dropped: none is stored or returned.
import { driftOf } from "@/lib/domain/token-entry";
import { lintInstallCommand, lintParsedCommand, parseJamfParameters, type JamfSlot, type LintResult } from "@/lib/domain/install-command";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IntuneClient } from "@/lib/integrations/intune/client";
import type { JamfClient } from "@/lib/integrations/jamf/client";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { fingerprint } from "@/lib/server/crypto";
import { logger } from "@/lib/server/logger";
import { intuneClientForConnection, jamfClientForConnection } from "@/lib/services/integrations/clients";
import { getTenantOrThrow } from "@/lib/services/scope";

type Target = { id: string; kind: string; externalId: string; platform: string; tokenParameter: number | null; connectionId: string; connection: { kind: "INTUNE" | "JAMF" } };

export interface DriftCheckResult {
  checked: number;
  inSync: number;
  drifted: number;
  noToken: number;
  /** targets the vendor could not be asked about (kept at UNKNOWN) */
  failed: number;
}

async function readTarget(t: Target, clients: { intune: (id: string) => Promise<IntuneClient>; jamf: (id: string) => Promise<JamfClient> }, ctx: { addonHost: string; current: string[] }): Promise<LintResult> {
  const lintContext = { tenant: { addonHost: ctx.addonHost }, fingerprint, currentAuthFingerprints: ctx.current, reveal: true };
  if (t.kind === "INTUNE_WIN32_APP") {
    const app = await (await clients.intune(t.connectionId)).getWin32App(t.externalId);
    return lintInstallCommand(app.installCommandLine ?? "", lintContext);
  }
  if (t.kind === "INTUNE_SCRIPT" || t.kind === "INTUNE_SHELL_SCRIPT") {
    const script = await (await clients.intune(t.connectionId)).getScript(t.platform === "macos" ? "macos" : "windows", t.externalId);
    const line = (script.content ?? "").split(/\r?\n/).find((l) => /nsdiag|msiexec|enrollauthtoken/i.test(l)) ?? "";
    return lintInstallCommand(line, lintContext);
  }
  // JAMF_POLICY (and JAMF_SCRIPT): the policy's script parameters hold the values.
  const policy = await (await clients.jamf(t.connectionId)).getPolicy(t.externalId);
  const slot = t.tokenParameter ?? 7;
  const script = policy.scripts.find((s) => s.parameters[slot as 4] !== undefined) ?? policy.scripts[0];
  const params = script?.parameters ?? {};
  const isInstall = Object.values(params).some((v) => v?.startsWith("enrollauthtoken="));
  if (isInstall) return lintParsedCommand(parseJamfParameters(Object.fromEntries(Object.entries(params).map(([k, v]) => [`$${k}` as JamfSlot, v]))), lintContext);
  const raw = params[slot as 4] ?? "";
  return lintInstallCommand(`nsdiag -e enrollauthtoken=${raw.replace(/^enrollauthtoken=/, "")}`, lintContext);
}

/** Re-reads the tenant's MDM install commands and records their drift. */
export async function checkDrift({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: { tenantId: string }; now?: Date }): Promise<DriftCheckResult> {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const row = await ctx.db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { addonHost: true } });
  const current = (await ctx.db.token.findMany({ where: { tenantId: tenant.id, kind: "AUTH", stage: "CURRENT" }, select: { fingerprint: true } })).map((t) => t.fingerprint);
  const targets = await ctx.db.mdmTarget.findMany({ where: { tenantId: tenant.id }, select: { id: true, kind: true, externalId: true, platform: true, tokenParameter: true, connectionId: true, connection: { select: { kind: true } } } });
  const intune = new Map<string, Promise<IntuneClient>>();
  const jamf = new Map<string, Promise<JamfClient>>();
  const clients = {
    intune: (id: string) => intune.get(id) ?? intune.set(id, intuneClientForConnection(id)).get(id)!,
    jamf: (id: string) => jamf.get(id) ?? jamf.set(id, jamfClientForConnection(id)).get(id)!,
  };
  const updates: { id: string; data: Prisma.MdmTargetUpdateInput }[] = [];
  const r: DriftCheckResult = { checked: targets.length, inSync: 0, drifted: 0, noToken: 0, failed: 0 };
  for (const t of targets) {
    try {
      const result = await readTarget(t, clients, { addonHost: row.addonHost, current });
      const token = result.fields.enrollAuthToken;
      const carried = token ? fingerprint(token) : null;
      const drift = driftOf(carried, current);
      r[drift === "IN_SYNC" ? "inSync" : drift === "DRIFTED" ? "drifted" : "noToken"] += 1;
      updates.push({
        id: t.id,
        data: {
          carriedFingerprint: carried,
          drift,
          lint: result.problems.map(({ code, severity }) => ({ code, severity })),
          multiUser: result.fields.mode?.toLowerCase() === "peruserconfig",
          installMode: result.fields.installMode?.toUpperCase() === "IDP" ? "IDP" : "UPN",
          lastCheckedAt: now,
        },
      });
    } catch (e) {
      r.failed += 1;
      logger.warn({ err: e, targetId: t.id }, "drift check: could not read an MDM target");
      updates.push({ id: t.id, data: { drift: "UNKNOWN", lastCheckedAt: now } });
    }
  }
  return audited(ctx, { action: "mdm.drift-check", tenantId: tenant.id, targetType: "tenant", targetId: tenant.id, summary: r }, async (tx) => {
    for (const u of updates) await tx.mdmTarget.update({ where: { id: u.id }, data: u.data });
    return r;
  });
}
