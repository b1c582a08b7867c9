import "server-only";
// The calendar's events for the tenants an actor may see: token expiries, planned (or suggested)
// rotations, and blackout days (the tenants' own and the global ones). One query per table.
import { buildCalendarEvents, type CalendarEvent, type CalendarTenantInput } from "@/lib/domain/calendar-events";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar input for every visible tenant, or one (NotFoundError when the actor may not see it). */
export async function loadCalendarTenants(ctx: ServiceContext, tenantId?: string | null): Promise<{ tenants: CalendarTenantInput[]; global: { id: string; date: string; reason: string }[] }> {
  if (tenantId) await getTenantOrThrow(ctx, tenantId);
  const rows = await ctx.db.tenant.findMany({
    where: { ...tenantScope(ctx), ...(tenantId ? { id: tenantId } : {}) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      timeZone: true,
      thresholdsDays: true,
      rotationCadenceDays: true,
      rotationLeadDays: true,
      nextRotationAt: true,
      nextRotationNote: true,
      tokens: { where: { stage: { in: ["CURRENT", "PENDING"] } }, select: { id: true, kind: true, stage: true, expiresAt: true } },
      blackoutDays: { select: { id: true, day: true, reason: true }, orderBy: { day: "asc" } },
      rotationRuns: { where: { status: "COMPLETED" }, select: { finishedAt: true }, orderBy: { finishedAt: "desc" }, take: 1 },
    },
  });
  const global = await ctx.db.blackoutDay.findMany({ where: { tenantId: null }, select: { id: true, day: true, reason: true }, orderBy: { day: "asc" } });
  return {
    tenants: rows.map((t) => ({
      id: t.id,
      name: t.name,
      timeZone: t.timeZone,
      thresholdsDays: t.thresholdsDays,
      rotationCadenceDays: t.rotationCadenceDays,
      rotationLeadDays: t.rotationLeadDays,
      nextRotationAt: t.nextRotationAt,
      nextRotationNote: t.nextRotationNote,
      lastRotatedAt: t.rotationRuns[0]?.finishedAt ?? null,
      tokens: t.tokens,
      // A @db.Date column comes back as UTC midnight of that date: its UTC date is the day.
      blackoutDays: t.blackoutDays.map((b) => ({ id: b.id, date: day(b.day), reason: b.reason })),
    })),
    global: global.map((b) => ({ id: b.id, date: day(b.day), reason: b.reason })),
  };
}

/** Every calendar event of the visible tenants (or of one tenant), in order. */
export async function listCalendarEvents({ ctx, input = {}, now = new Date() }: { ctx: ServiceContext; input?: { tenantId?: string | null }; now?: Date }): Promise<CalendarEvent[]> {
  const { tenants, global } = await loadCalendarTenants(ctx, input.tenantId);
  return buildCalendarEvents({ now, tenants, globalBlackoutDays: global });
}
