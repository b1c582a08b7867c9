import "server-only";
// A tenant's countdown thresholds and blackout days (days the rotation planner avoids). A global
// blackout day (company holiday) applies to every tenant and is an admin's matter.
import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar";
import { ThresholdDays } from "@/lib/domain/thresholds";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow, requireAdmin } from "@/lib/services/scope";

export const SetThresholdsInput = z.object({ tenantId: z.string().min(1).max(64), days: z.string().max(100) });

/** "30, 14, 7, 1" → [30, 14, 7, 1]; ValidationError with field `days` otherwise. */
export function parseThresholds(text: string): number[] {
  const parts = text.split(/[\s,、]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) throw new ValidationError("Check the highlighted fields", { days: ["not-whole-days"] });
  const parsed = ThresholdDays.safeParse(parts.map(Number));
  if (!parsed.success) {
    const nums = parts.map(Number);
    const code = new Set(nums).size !== nums.length ? "duplicate-days" : nums.length > 8 ? "too-many" : "out-of-range";
    throw new ValidationError("Check the highlighted fields", { days: [code] });
  }
  return [...parsed.data].sort((a, b) => b - a);
}

/** Sets the countdown thresholds (most distant first). */
export async function setThresholds({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof SetThresholdsInput> }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const days = parseThresholds(input.days);
  return audited(ctx, { action: "tenant.thresholds", tenantId: tenant.id, targetType: "tenant", targetId: tenant.id, summary: { days } }, async (tx) => {
    await tx.tenant.update({ where: { id: tenant.id }, data: { thresholdsDays: days } });
    return { days };
  });
}

export const AddBlackoutInput = z.object({
  tenantId: z.string().min(1).max(64),
  day: z.string().max(10),
  reason: z.string().trim().max(120),
  /** applies to every tenant (admins only) */
  global: z.boolean().default(false),
});

/** Adds a blackout day for the tenant, or for every tenant. */
export async function addBlackoutDay({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof AddBlackoutInput> }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  if (input.global) requireAdmin(ctx);
  if (!isCalendarDate(input.day)) throw new ValidationError("Check the highlighted fields", { day: ["malformed-date"] });
  if (!input.reason) throw new ValidationError("Check the highlighted fields", { reason: ["required"] });
  const tenantId = input.global ? null : tenant.id;
  const day = new Date(`${input.day}T00:00:00Z`);
  // NULL never equals NULL in a unique index: check global days by hand.
  if (await ctx.db.blackoutDay.findFirst({ where: { tenantId, day } })) throw new ValidationError("Check the highlighted fields", { day: ["duplicate"] });
  return audited(
    ctx,
    (b: { id: string }) => ({ action: "blackout-day.add", tenantId: tenant.id, targetType: "blackout-day", targetId: b.id, summary: { day: input.day, reason: input.reason, global: input.global } }),
    (tx) => tx.blackoutDay.create({ data: { tenantId, day, reason: input.reason }, select: { id: true } }),
  );
}

export const RemoveBlackoutInput = z.object({ tenantId: z.string().min(1).max(64), blackoutDayId: z.string().min(1).max(64) });

/** Removes a blackout day of the tenant (or a global one, admins only). */
export async function removeBlackoutDay({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof RemoveBlackoutInput> }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const row = await ctx.db.blackoutDay.findFirst({ where: { id: input.blackoutDayId, OR: [{ tenantId: tenant.id }, { tenantId: null }] } });
  if (!row) throw new NotFoundError();
  if (row.tenantId === null) requireAdmin(ctx);
  return audited(ctx, { action: "blackout-day.remove", tenantId: tenant.id, targetType: "blackout-day", targetId: row.id, summary: { day: row.day.toISOString().slice(0, 10), global: row.tenantId === null } }, async (tx) => {
    await tx.blackoutDay.delete({ where: { id: row.id } });
    return { id: row.id };
  });
}
