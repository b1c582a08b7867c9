import "server-only";
// The MDM steps: the new token into every install command (Intune Win32 app `installCommandLine`,
// Jamf policy script parameter), then `nsdiag -e` to the UPN × multi-user devices through an Intune
// script, polled until a set share of them succeeded. Per target: read the command first; a command
// that already carries the new token is not written again. The previous command is kept ENCRYPTED in
// the intent event, so a rollback restores it exactly.
import { NSDIAG_PATHS } from "@/lib/domain/install-command";
import type { ApiResult } from "@/lib/domain/rotation-schemas";
import type { ScriptDeviceRun } from "@/lib/integrations/types";
import { decrypt, encrypt } from "@/lib/server/crypto";
import { ValidationError } from "@/lib/server/errors";
import { intuneClientForConnection, jamfClientForConnection } from "@/lib/services/integrations/clients";
import type { StepEnv } from "./step-env";
import { fingerprint, newTokenValue } from "./tokens";

const TOKEN_ARG = /(enrollauthtoken=)("?)([^\s"]*)\2/i;

/** The command with its auth token replaced (or added before the msiexec switches when it had none). */
export function withToken(command: string, token: string): string {
  if (TOKEN_ARG.test(command)) return command.replace(TOKEN_ARG, (_m, k: string) => `${k}${token}`);
  const at = command.search(/\s\/q/i);
  return at < 0 ? `${command} enrollauthtoken=${token}` : `${command.slice(0, at)} enrollauthtoken=${token}${command.slice(at)}`;
}

const tokenIn = (value: string | null | undefined) => (value ? (TOKEN_ARG.exec(value)?.[3] ?? value) : null);

export async function updateMdmCommands(env: StepEnv): Promise<ApiResult> {
  const token = await newTokenValue(env.ctx, env.events);
  const targets = await env.ctx.db.mdmTarget.findMany({ where: { tenantId: env.run.tenantId, kind: { in: ["INTUNE_WIN32_APP", "JAMF_POLICY"] } }, orderBy: { name: "asc" } });
  for (const t of targets) {
    if (env.events.some((e) => e.type === "target-done" && e.idempotencyKey === env.key(t.id))) continue;
    if (t.kind === "INTUNE_WIN32_APP") {
      const intune = await intuneClientForConnection(t.connectionId);
      const app = await intune.getWin32App(t.externalId);
      const previous = app.installCommandLine ?? "";
      if (tokenIn(previous) !== token.value) {
        await env.note("target-intent", { targetId: t.id, previousEnc: encrypt(previous) }, t.id);
        await env.write({ vendor: "intune", target: t.id, method: "PATCH", path: `deviceAppManagement/mobileApps/${t.externalId}`, body: { installCommandLine: "enrollauthtoken=••••••" } }, () =>
          intune.updateInstallCommandLine(t.externalId, withToken(previous, token.value)),
        );
      }
    } else {
      const jamf = await jamfClientForConnection(t.connectionId);
      const policy = await jamf.getPolicy(t.externalId);
      const slot = (t.tokenParameter ?? 4) as 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
      const script = policy.scripts.find((s) => s.parameters[slot] !== undefined) ?? policy.scripts[0];
      if (!script) throw new ValidationError(`The Jamf policy ${t.name} runs no script.`);
      const previous = script.parameters[slot] ?? "";
      if (tokenIn(previous) !== token.value) {
        const next = /^enrollauthtoken=/i.test(previous) || previous === "" ? `enrollauthtoken=${token.value}` : token.value;
        await env.note("target-intent", { targetId: t.id, previousEnc: encrypt(previous), scriptId: script.id, slot }, t.id);
        await env.write({ vendor: "jamf", target: t.id, method: "PUT", path: `JSSResource/policies/id/${t.externalId}`, body: { [`parameter${slot}`]: "••••••" } }, () =>
          jamf.setPolicyScriptParameters(t.externalId, script.id, { [slot]: next }),
        );
      }
    }
    await env.ctx.db.mdmTarget.update({ where: { id: t.id }, data: { carriedFingerprint: token.fingerprint, drift: "IN_SYNC", lastCheckedAt: new Date() } });
    await env.note("target-done", { targetId: t.id, name: t.name }, t.id);
  }
  return { targets: targets.length, vendorRequestId: env.key() };
}

/** Rollback: every command this run changed gets its previous text back (read first: only what differs is written). */
export async function restoreCommands(env: StepEnv): Promise<number> {
  const intents = env.events.filter((e) => e.type === "target-intent");
  let restored = 0;
  for (const e of intents) {
    const d = e.data as { targetId: string; previousEnc: string; scriptId?: string; slot?: number };
    const t = await env.ctx.db.mdmTarget.findUnique({ where: { id: d.targetId } });
    if (!t) continue;
    const previous = decrypt(d.previousEnc);
    if (t.kind === "INTUNE_WIN32_APP") {
      const intune = await intuneClientForConnection(t.connectionId);
      const app = await intune.getWin32App(t.externalId);
      if (app.installCommandLine !== previous)
        await env.write({ vendor: "intune", target: t.id, method: "PATCH", path: `deviceAppManagement/mobileApps/${t.externalId}`, body: { installCommandLine: "(previous command)" } }, () =>
          intune.updateInstallCommandLine(t.externalId, previous),
        );
    } else {
      const jamf = await jamfClientForConnection(t.connectionId);
      const slot = (d.slot ?? 4) as 4;
      const policy = await jamf.getPolicy(t.externalId);
      const script = policy.scripts.find((s) => s.id === d.scriptId);
      if (script && (script.parameters[slot] ?? "") !== previous)
        await env.write({ vendor: "jamf", target: t.id, method: "PUT", path: `JSSResource/policies/id/${t.externalId}`, body: { [`parameter${slot}`]: "(previous value)" } }, () =>
          jamf.setPolicyScriptParameters(t.externalId, d.scriptId!, { [slot]: previous }),
        );
    }
    const carried = tokenIn(previous);
    await env.ctx.db.mdmTarget.update({ where: { id: t.id }, data: { carriedFingerprint: carried ? fingerprint(carried) : null, drift: carried ? "IN_SYNC" : "NO_TOKEN" } });
    restored++;
  }
  return restored;
}

export interface NsdiagProgress {
  total: number;
  succeeded: number;
  pending: number;
  failed: { device: string; state: string; message: string | null }[];
  threshold: number;
}

const scriptName = (runId: string) => `Netskope enrollment token (run ${runId})`;

/** Whether the push can be automated for this run (an Intune connection and a target group). */
export async function nsdiagConnection(env: StepEnv): Promise<string | null> {
  if (!env.options.nsdiagGroupId) return null;
  const t = await env.ctx.db.mdmTarget.findFirst({ where: { tenantId: env.run.tenantId, kind: "INTUNE_WIN32_APP" }, select: { connectionId: true } });
  return t?.connectionId ?? null;
}

/** Creates (once) and assigns the nsdiag script, then reads the per-device run states. */
export async function pushNsdiag(env: StepEnv, connectionId: string, retry = false): Promise<{ done: boolean; progress: NsdiagProgress }> {
  const intune = await intuneClientForConnection(connectionId);
  let scriptId = (env.events.findLast((e) => e.type === "nsdiag-script" && e.step === env.step)?.data as { scriptId?: string } | undefined)?.scriptId;
  if (!scriptId) {
    const found = (await intune.listScripts("windows")).find((s) => s.displayName === scriptName(env.run.id));
    if (found) {
      await env.note("vendor-already-done", { what: "nsdiag script created before the interruption", scriptId: found.id });
    } else {
      const token = await newTokenValue(env.ctx, env.events);
      const content = `& "${NSDIAG_PATHS.windows}" -e enrollauthtoken=${token.value}\r\n`;
      const created = await env.write({ vendor: "intune", target: "script", method: "POST", path: "deviceManagement/deviceManagementScripts", body: { displayName: scriptName(env.run.id), scriptContent: "(nsdiag -e enrollauthtoken=••••••)", runAsAccount: "system" } }, () =>
        intune.createScript("windows", { displayName: scriptName(env.run.id), content, fileName: "netskope-enroll-token.ps1", runAs: "system" }),
      );
      scriptId = created.id;
    }
    await env.note("nsdiag-script", { scriptId });
  }
  const assigned = env.events.some((e) => e.type === "vendor-write" && e.idempotencyKey === env.key("assign"));
  if (!assigned || retry) {
    // Assign replaces the assignment set: repeating it with the same group is harmless.
    await env.write({ vendor: "intune", target: "assign", method: "POST", path: `deviceManagement/deviceManagementScripts/${scriptId}/assign`, body: { groupId: env.options.nsdiagGroupId } }, () =>
      intune.assignScript("windows", scriptId!, [env.options.nsdiagGroupId!]),
    );
  }
  const runs = await intune.listScriptRunStates("windows", scriptId!);
  const progress = summarizeRuns(runs, env.options.nsdiagThreshold);
  const token = await newTokenValue(env.ctx, env.events);
  const ok = runs.filter((r) => r.state === "success" && r.deviceName).map((r) => r.deviceName!);
  if (ok.length) await env.ctx.db.device.updateMany({ where: { tenantId: env.run.tenantId, hostname: { in: ok }, NOT: { tokenFingerprint: token.fingerprint } }, data: { tokenFingerprint: token.fingerprint, tokenGivenAt: new Date(), classification: "TOKEN_PRESENT" } });
  return { done: progress.total > 0 && progress.succeeded / progress.total >= progress.threshold, progress };
}

export function summarizeRuns(runs: ScriptDeviceRun[], threshold: number): NsdiagProgress {
  const applicable = runs.filter((r) => r.state !== "notApplicable");
  return {
    total: applicable.length,
    succeeded: applicable.filter((r) => r.state === "success").length,
    pending: applicable.filter((r) => r.state === "pending" || r.state === "unknown").length,
    failed: applicable.filter((r) => r.state === "fail" || r.state === "scriptError").map((r) => ({ device: r.deviceName ?? r.managedDeviceId ?? r.id, state: r.state, message: r.resultMessage })),
    threshold,
  };
}
