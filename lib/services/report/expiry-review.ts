import "server-only";
// The expiry review: every visible tenant's live tokens with days left (in the tenant's zone), the
// tenant's state, the latest readiness per planned change (or "not synced"), the next rotation
// (planned, else suggested by the planner) and the owner. Most urgent tenant first. The page, the
// presentation mode and the CSV are three renderings of this one list.
import { buildCalendarEvents } from "@/lib/domain/calendar-events";
import { computeCountdown, type CountdownLevel } from "@/lib/domain/countdown";
import { tenantThresholds } from "@/lib/domain/urgency";
import type { ServiceContext } from "@/lib/server/context";
import { loadCalendarTenants } from "@/lib/services/calendar/events";
import { tenantScope } from "@/lib/services/scope";

export interface ReviewToken {
  id: string;
  kind: "AUTH" | "ENCRYPTION";
  stage: "CURRENT" | "PENDING" | "PREVIOUS" | "RETIRED";
  /** the vendor's token set id (tsid), else a short local id: names the set without revealing anything */
  tokenSet: string;
  enforceStatus: "ENFORCED" | "NOT_ENFORCED";
  expiresAt: Date | null;
  daysLeft: number | null;
  level: CountdownLevel | null;
}

export interface ReviewReadiness {
  change: string;
  takenAt: Date;
  devices: number;
  refused: number;
}

export interface ReviewTenant {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  seState: "DISABLED" | "NOT_ENFORCED" | "ENFORCED";
  multiToken: boolean;
  owner: string | null;
  tokens: ReviewToken[];
  readiness: ReviewReadiness[];
  rotation: { date: string; planned: boolean } | null;
  openAlerts: number;
  /** the fewest days left of any live token; null without an expiry */
  minDaysLeft: number | null;
}

export interface ExpiryReview {
  generatedAt: Date;
  tenants: ReviewTenant[];
  totals: { tenants: number; expired: number; within30: number; notEnforced: number };
}

const CHANGE_ORDER = ["enforce", "rotate-single-token", "rotate-multi-token"];

/** The review of every tenant the actor may see. */
export async function getExpiryReview({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }): Promise<ExpiryReview> {
  const rows = await ctx.db.tenant.findMany({
    where: tenantScope(ctx),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      timeZone: true,
      seState: true,
      multiToken: true,
      owner: true,
      thresholdsDays: true,
      tokens: {
        where: { stage: { in: ["CURRENT", "PENDING"] } },
        orderBy: [{ expiresAt: { sort: "asc", nulls: "last" } }, { kind: "asc" }],
        select: { id: true, kind: true, stage: true, expiresAt: true, tokenSet: { select: { id: true, vendorTokenSetId: true, enforceStatus: true } } },
      },
      _count: { select: { alerts: { where: { resolvedAt: null } } } },
    },
  });
  const ids = rows.map((r) => r.id);
  const [snapshots, calendar] = await Promise.all([
    ctx.db.readinessSnapshot.findMany({
      where: { tenantId: { in: ids } },
      orderBy: [{ tenantId: "asc" }, { change: "asc" }, { takenAt: "desc" }],
      distinct: ["tenantId", "change"],
      select: { tenantId: true, change: true, takenAt: true, devices: true, refused: true },
    }),
    loadCalendarTenants(ctx),
  ]);
  const rotations = new Map(
    buildCalendarEvents({ now, tenants: calendar.tenants, globalBlackoutDays: calendar.global }).flatMap((e) => (e.kind === "rotation" && e.tenantId ? [[e.tenantId, { date: e.date, planned: e.planned }] as const] : [])),
  );

  const tenants = rows.map((t): ReviewTenant => {
    const thresholds = tenantThresholds(t.thresholdsDays);
    const tokens = t.tokens.map((k): ReviewToken => {
      const c = k.expiresAt ? computeCountdown({ expiresAt: k.expiresAt, now, timeZone: t.timeZone, thresholds }) : null;
      return {
        id: k.id,
        kind: k.kind,
        stage: k.stage,
        tokenSet: k.tokenSet.vendorTokenSetId ?? k.tokenSet.id.slice(-6),
        enforceStatus: k.tokenSet.enforceStatus,
        expiresAt: k.expiresAt,
        daysLeft: c ? c.calendarDaysLeft : null,
        level: c ? c.level : null,
      };
    });
    const days = tokens.flatMap((k) => (k.daysLeft === null ? [] : [k.daysLeft]));
    return {
      id: t.id,
      name: t.name,
      slug: t.slug,
      timeZone: t.timeZone,
      seState: t.seState,
      multiToken: t.multiToken,
      owner: t.owner,
      tokens,
      readiness: snapshots
        .filter((s) => s.tenantId === t.id)
        .sort((a, b) => CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change))
        .map(({ change, takenAt, devices, refused }) => ({ change, takenAt, devices, refused })),
      rotation: rotations.get(t.id) ?? null,
      openAlerts: t._count.alerts,
      minDaysLeft: days.length ? Math.min(...days) : null,
    };
  });
  tenants.sort((a, b) => (a.minDaysLeft ?? Infinity) - (b.minDaysLeft ?? Infinity) || a.name.localeCompare(b.name));
  const all = tenants.flatMap((t) => t.tokens);
  return {
    generatedAt: now,
    tenants,
    totals: {
      tenants: tenants.length,
      expired: all.filter((k) => k.level === "expired").length,
      within30: all.filter((k) => k.daysLeft !== null && k.level !== "expired" && k.daysLeft <= 30).length,
      notEnforced: tenants.filter((t) => t.seState === "NOT_ENFORCED").length,
    },
  };
}
