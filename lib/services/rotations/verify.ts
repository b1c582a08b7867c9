import "server-only";
// Verification (DOMAIN.md runbook step 5) and the next renewal (step 6). Against the simulator the
// test device makes a real enrollment attempt on the tenant's addon, presenting the new token as a
// fresh install from the MDM would; against a real tenant there is no such endpoint, so the operator
// confirms from the console (client status, the device's EVENT HISTORY) and records the evidence.
import { z } from "zod";
import { startOfLocalDay } from "@/lib/domain/calendar";
import { planRotationDays } from "@/lib/domain/planner";
import type { Evidence } from "@/lib/domain/rotation-schemas";
import type { StepEnv } from "./step-env";
import { newTokenValue } from "./tokens";

const SIMULATED = /^(https?:\/\/[^/]+)\/netskope\/([a-z0-9-]+)\/api\/v2\/?$/i;

/** The addon's enrollment endpoint when the tenant is served by the simulator; null for a real tenant. */
export function enrollEndpoint(apiBaseUrl: string): string | null {
  const m = SIMULATED.exec(apiBaseUrl);
  return m ? `${m[1]}/addon/${m[2]}/enroll` : null;
}

const EnrollAnswer = z.object({ outcome: z.string(), tenantState: z.string().optional(), reasons: z.array(z.object({ code: z.string() })).optional() });

/** Evidence of an enrollment on the test device, or null (not automatable, or refused: recorded as an event). */
export async function verifyOnTestDevice(env: StepEnv): Promise<Evidence | null> {
  const url = enrollEndpoint(env.run.tenant.apiBaseUrl);
  const uid = env.run.tenant.testDeviceUid;
  if (!url || !uid) return null;
  const device = await env.ctx.db.device.findFirst({ where: { tenantId: env.run.tenantId, nsDeviceUid: uid }, select: { hostname: true } });
  const token = await newTokenValue(env.ctx, env.events);
  const user = `verify-${env.run.id.slice(-8)}@${env.run.tenant.slug}.test`;
  await env.note("verify-attempt", { vendor: "addon", method: "POST", path: url.replace(/^https?:\/\/[^/]+/, ""), body: { nsdeviceuid: uid, user, authToken: "••••••" } });
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "idempotency-key": env.key() }, body: JSON.stringify({ nsdeviceuid: uid, user, authToken: token.value }) });
  const answer = EnrollAnswer.safeParse(await response.json().catch(() => null));
  const outcome = answer.success ? answer.data.outcome : `http-${response.status}`;
  const data = { status: response.status, outcome, tenantState: answer.success ? (answer.data.tenantState ?? null) : null, reasons: answer.success ? (answer.data.reasons ?? []).map((r) => r.code) : [], device: device?.hostname ?? uid, user };
  await env.note(response.ok && outcome === "enrolls" ? "verify-enrolled" : "verify-failed", data);
  if (!response.ok || outcome !== "enrolls") return null;
  return { kind: "test-device", deviceName: device?.hostname ?? uid, user, enrolled: true, note: `Enrollment attempt on the addon with the new token: ${outcome} (tenant ${data.tenantState ?? "?"}).` };
}

/** The planner's best day before the new token's expiry, at 10:00 in the tenant's zone. */
export async function scheduleEvidence(env: StepEnv): Promise<Evidence | null> {
  const token = await env.ctx.db.token.findFirst({ where: { id: (env.events.findLast((e) => e.type === "token-stored")?.data as { tokenId?: string } | undefined)?.tokenId ?? "" } });
  if (!token?.expiresAt) return null;
  const tenant = await env.ctx.db.tenant.findUniqueOrThrow({ where: { id: env.run.tenantId }, select: { timeZone: true, rotationCadenceDays: true, rotationLeadDays: true } });
  const blackouts = await env.ctx.db.blackoutDay.findMany({ where: { OR: [{ tenantId: env.run.tenantId }, { tenantId: null }], day: { gte: env.now } }, select: { day: true } });
  const plan = planRotationDays({
    now: env.now,
    timeZone: tenant.timeZone,
    expiresAt: token.expiresAt,
    lastRotatedAt: env.now,
    cadenceDays: tenant.rotationCadenceDays,
    leadTimeDays: tenant.rotationLeadDays,
    blackoutDays: blackouts.map((b) => b.day.toISOString().slice(0, 10)),
  });
  const at10 = (date: string) => new Date(startOfLocalDay(date, tenant.timeZone).getTime() + 10 * 3_600_000);
  const expires = token.expiresAt;
  const day = plan.days.find((d) => at10(d.date) > env.now && at10(d.date) < expires);
  if (!day) {
    await env.note("renewal-not-planned", { status: plan.status, days: plan.days.length });
    return null;
  }
  const at = at10(day.date);
  await env.note("renewal-planned", { date: day.date, reasons: day.reasons.map((r) => r.code) });
  return { kind: "scheduled-date", scheduledFor: at.toISOString() };
}
