import "server-only";
// The alerts people see and act on. Operators (on the alert's tenant) acknowledge or snooze; both are
// audited. Acknowledging stops the escalation and cancels what has not gone out yet.
import { z } from "zod";
import { LEVEL_ORDER, snoozeUntil, type AlertLevel } from "@/lib/domain/notifications";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";
import { effectiveTenantRole, atLeast } from "@/lib/auth/roles";

export const AlertRef = z.object({ tenantId: z.string().min(1).max(64), alertId: z.string().min(1).max(64) });
export const SnoozeAlertInput = AlertRef.extend({
  choice: z.union([z.object({ days: z.union([z.literal(1), z.literal(3), z.literal(7)]) }), z.object({ untilDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })]),
});

export interface AlertRow {
  id: string;
  tenantId: string;
  tenantName: string;
  timeZone: string;
  level: AlertLevel;
  thresholdDays: number;
  tokenKind: "AUTH" | "ENCRYPTION";
  fingerprint: string;
  expiresAt: Date | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  snoozedUntil: Date | null;
  escalatedAt: Date | null;
  /** the caller may acknowledge and snooze it (operator or admin on its tenant) */
  canAct: boolean;
}

/** Unresolved alerts of the tenants the actor may see, most urgent first. */
export async function listOpenAlerts({ ctx }: { ctx: ServiceContext }): Promise<AlertRow[]> {
  const rows = await ctx.db.alert.findMany({
    where: { resolvedAt: null, tenant: tenantScope(ctx) },
    include: {
      tenant: { select: { name: true, timeZone: true, members: ctx.actor.type === "user" ? { where: { userId: ctx.actor.id }, select: { role: true } } : false } },
      token: { select: { kind: true, fingerprint: true, expiresAt: true } },
      acknowledgedBy: { select: { name: true, email: true } },
    },
  });
  return rows
    .map((a) => {
      const role = ctx.actor.type === "user" ? effectiveTenantRole(ctx.actor.role, a.tenant.members?.[0]?.role) : ctx.actor.role;
      return {
        id: a.id,
        tenantId: a.tenantId,
        tenantName: a.tenant.name,
        timeZone: a.tenant.timeZone,
        level: a.level,
        thresholdDays: a.thresholdDays,
        tokenKind: a.token.kind,
        fingerprint: a.token.fingerprint.slice(0, 8),
        expiresAt: a.token.expiresAt,
        createdAt: a.createdAt,
        acknowledgedAt: a.acknowledgedAt,
        acknowledgedBy: a.acknowledgedBy ? a.acknowledgedBy.name || a.acknowledgedBy.email : null,
        snoozedUntil: a.snoozedUntil,
        escalatedAt: a.escalatedAt,
        canAct: Boolean(role && atLeast(role, "OPERATOR")),
      };
    })
    .sort((a, b) => Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) || LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] || (a.expiresAt?.getTime() ?? 0) - (b.expiresAt?.getTime() ?? 0));
}

async function alertOf(ctx: ServiceContext, input: z.infer<typeof AlertRef>) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const alert = await ctx.db.alert.findFirst({ where: { id: input.alertId, tenantId: tenant.id, resolvedAt: null } });
  if (!alert) throw new NotFoundError();
  return { tenant, alert };
}

/** Acknowledges an alert: no escalation, and notifications still queued for it are cancelled. */
export async function acknowledgeAlert({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: z.infer<typeof AlertRef>; now?: Date }) {
  const { alert } = await alertOf(ctx, input);
  if (alert.acknowledgedAt) return { acknowledgedAt: alert.acknowledgedAt };
  return audited(ctx, { action: "alert.acknowledge", tenantId: alert.tenantId, targetType: "alert", targetId: alert.id, summary: { level: alert.level, thresholdDays: alert.thresholdDays } }, async (tx) => {
    await tx.alert.update({ where: { id: alert.id }, data: { acknowledgedAt: now, acknowledgedById: ctx.actor.type === "user" ? ctx.actor.id : null, snoozedUntil: null } });
    await tx.notificationDelivery.updateMany({ where: { alertId: alert.id, status: "PENDING" }, data: { status: "CANCELLED", lastError: "Not sent: the alert was acknowledged" } });
    return { acknowledgedAt: now };
  });
}

/** Snoozes an alert for 1, 3 or 7 days, or until the start of a day in the tenant's zone (30 days at most). */
export async function snoozeAlert({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: z.infer<typeof SnoozeAlertInput>; now?: Date }) {
  const { tenant, alert } = await alertOf(ctx, input);
  let until: Date;
  try {
    until = snoozeUntil(input.choice, now, tenant.timeZone);
  } catch (e) {
    const error = new ValidationError((e as Error).message, { choice: [(e as Error).message] });
    error.reason = "snooze";
    throw error;
  }
  return audited(ctx, { action: "alert.snooze", tenantId: alert.tenantId, targetType: "alert", targetId: alert.id, summary: { until: until.toISOString(), choice: input.choice } }, async (tx) => {
    await tx.alert.update({ where: { id: alert.id }, data: { snoozedUntil: until } });
    return { snoozedUntil: until };
  });
}
