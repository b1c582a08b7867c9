import "server-only";
// Preflight of a run, before any change (issue 7, item 2): readiness over the tenant's devices from the
// domain rules, the MDM targets and their lint, today against blackout days, the token's expiry, and
// which plan to recommend and why. Blocking problems stop a start unless an admin overrides them.
import { localDate } from "@/lib/domain/calendar";
import { checkGate, GATES } from "@/lib/domain/client-version";
import { summarizeFleet, type FleetDevice, type FleetSummary } from "@/lib/domain/readiness-fleet";
import type { RotationPlanId } from "@/lib/domain/rotation-steps";
import type { PlannedChange } from "@/lib/domain/types";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow } from "@/lib/services/scope";

export const CHANGE_OF: Record<RotationPlanId, PlannedChange> = { enable: "enforce", "rotate-single": "rotate-single-token", "rotate-multi": "rotate-multi-token" };

export type BlockingCode = "refused-devices" | "blackout-day" | "lint-errors" | "no-mdm-targets" | "no-api-token" | "multi-token-unsupported" | "active-run" | "no-test-device" | "already-enabled" | "not-enabled";
export type RecommendationReason = "not-enabled" | "multi-token-supported" | "old-clients-break-single" | "single-token-only";

export interface PreflightTarget {
  id: string;
  name: string;
  kind: string;
  platform: string;
  drift: string;
  lint: { code: string; severity: string }[];
}

export interface Preflight {
  tenant: { id: string; name: string; seState: string; multiToken: boolean; fourEyes: boolean; timeZone: string; testDeviceUid: string | null };
  recommended: RotationPlanId;
  reasons: RecommendationReason[];
  /** Devices whose client is R120 or older: their new enrollments fail while the tenant is Not Enforced. */
  oldClients: { hostname: string; clientVersion: string }[];
  readiness: Record<RotationPlanId, FleetSummary>;
  targets: PreflightTarget[];
  blackout: { today: string; reason: string } | null;
  expiry: { expiresAt: string | null; daysLeft: number | null };
  blocking: Record<RotationPlanId, BlockingCode[]>;
  activeRunId: string | null;
}

const OS = { WINDOWS: "windows", MACOS: "macos" } as const;
const MODE = { UPN: "upn", IDP: "idp", EMAIL_INVITE: "email-invite", UNKNOWN: "upn" } as const;

/** The devices of a tenant as the readiness rules see them; `holding` is the fingerprint(s) counted as current. */
export async function fleetOf(ctx: ServiceContext, tenantId: string, holding: readonly string[]) {
  const rows = await ctx.db.device.findMany({
    where: { tenantId, os: { in: ["WINDOWS", "MACOS"] } },
    select: { hostname: true, os: true, clientVersion: true, installMode: true, multiUser: true, npaPrelogon: true, protectClientConfig: true, tokenFingerprint: true, _count: { select: { users: true } } },
  });
  return rows.map((d) => ({
    hostname: d.hostname ?? "",
    clientVersion: d.clientVersion ?? "",
    entry: {
      device: {
        os: OS[d.os as "WINDOWS" | "MACOS"],
        clientVersion: d.clientVersion ?? "",
        installMode: MODE[d.installMode],
        multiUser: d.multiUser,
        npaPrelogon: d.npaPrelogon,
        protectClientConfig: d.protectClientConfig,
      },
      hasCurrentToken: !!d.tokenFingerprint && holding.includes(d.tokenFingerprint),
      users: d._count.users || 1,
    } satisfies FleetDevice,
  }));
}

/** Preflight for every plan on one tenant, at `now`. */
export async function getPreflight({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: { tenantId: string }; now?: Date }): Promise<Preflight> {
  await getTenantOrThrow(ctx, input.tenantId, "VIEWER");
  const tenant = await ctx.db.tenant.findUniqueOrThrow({
    where: { id: input.tenantId },
    select: { id: true, name: true, seState: true, multiToken: true, fourEyes: true, timeZone: true, testDeviceUid: true, encryptedApiToken: true },
  });
  const current = await ctx.db.token.findMany({ where: { tenantId: tenant.id, kind: "AUTH", stage: "CURRENT" }, select: { fingerprint: true, expiresAt: true } });
  const fleet = await fleetOf(ctx, tenant.id, current.map((t) => t.fingerprint));
  const plans: RotationPlanId[] = ["enable", "rotate-single", "rotate-multi"];
  const readiness = Object.fromEntries(plans.map((p) => [p, summarizeFleet(CHANGE_OF[p], fleet.map((f) => f.entry))])) as Record<RotationPlanId, FleetSummary>;
  const oldClients = fleet.filter((f) => checkGate(f.clientVersion, GATES.enrollWhileNotEnforced) === "no").map(({ hostname, clientVersion }) => ({ hostname, clientVersion }));

  const targets = (await ctx.db.mdmTarget.findMany({ where: { tenantId: tenant.id }, orderBy: { name: "asc" } })).map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    platform: t.platform,
    drift: t.drift,
    lint: Array.isArray(t.lint) ? (t.lint as { code: string; severity: string }[]) : [],
  }));
  const today = localDate(now, tenant.timeZone);
  const blackoutRow = await ctx.db.blackoutDay.findFirst({ where: { day: new Date(`${today}T00:00:00Z`), OR: [{ tenantId: tenant.id }, { tenantId: null }] } });
  const expiresAt = current.map((t) => t.expiresAt).filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  const active = await ctx.db.rotationRun.findFirst({ where: { activeTenantId: tenant.id }, select: { id: true } });

  const common: BlockingCode[] = [];
  if (!tenant.encryptedApiToken) common.push("no-api-token");
  if (blackoutRow) common.push("blackout-day");
  if (targets.length === 0) common.push("no-mdm-targets");
  if (targets.some((t) => t.lint.some((l) => l.severity === "error"))) common.push("lint-errors");
  if (!tenant.testDeviceUid) common.push("no-test-device");
  if (active) common.push("active-run");
  const blocking = Object.fromEntries(
    plans.map((p) => {
      const codes = [...common];
      if (readiness[p].refused > 0) codes.push("refused-devices");
      if (p === "enable" && tenant.seState !== "DISABLED") codes.push("already-enabled");
      if (p !== "enable" && tenant.seState === "DISABLED") codes.push("not-enabled");
      if (p === "rotate-multi" && !tenant.multiToken) codes.push("multi-token-unsupported");
      return [p, codes];
    }),
  ) as Record<RotationPlanId, BlockingCode[]>;

  const reasons: RecommendationReason[] = [];
  let recommended: RotationPlanId;
  if (tenant.seState === "DISABLED") {
    recommended = "enable";
    reasons.push("not-enabled");
  } else if (tenant.multiToken) {
    recommended = "rotate-multi";
    reasons.push("multi-token-supported");
    if (oldClients.length) reasons.push("old-clients-break-single");
  } else {
    recommended = "rotate-single";
    reasons.push("single-token-only");
    if (oldClients.length) reasons.push("old-clients-break-single");
  }
  return {
    tenant: { id: tenant.id, name: tenant.name, seState: tenant.seState, multiToken: tenant.multiToken, fourEyes: tenant.fourEyes, timeZone: tenant.timeZone, testDeviceUid: tenant.testDeviceUid },
    recommended,
    reasons,
    oldClients,
    readiness,
    targets,
    blackout: blackoutRow ? { today, reason: blackoutRow.reason } : null,
    expiry: { expiresAt: expiresAt?.toISOString() ?? null, daysLeft: expiresAt ? Math.floor((expiresAt.getTime() - now.getTime()) / 86_400_000) : null },
    blocking,
    activeRunId: active?.id ?? null,
  };
}
