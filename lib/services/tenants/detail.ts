import "server-only";
// Everything the tenant page shows, without a single secret: token values stay encrypted in the
// database and leave only through revealToken (audited). Fingerprints are cut to their first 8 hex
// characters; MDM targets show only whether they carry a current token.
import { shortFingerprint } from "@/lib/crypto/secret-box";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow } from "@/lib/services/scope";
import { latestReadiness } from "@/lib/services/tenants/readiness";

const TOKEN_SELECT = {
  id: true,
  kind: true,
  stage: true,
  source: true,
  suffix: true,
  fingerprint: true,
  vendorCreatedAt: true,
  createdAt: true,
  expiresAt: true,
  retiredAt: true,
  tokenSetId: true,
  expiryChanges: { orderBy: { createdAt: "desc" as const }, select: { id: true, fromExpiry: true, toExpiry: true, note: true, createdAt: true, actor: { select: { name: true, email: true } } } },
} as const;

/** The tenant page's data; NotFoundError for a tenant the actor may not see. */
export async function getTenantDetail({ ctx, tenantId }: { ctx: ServiceContext; tenantId: string }) {
  const { role } = await getTenantOrThrow(ctx, tenantId);
  const tenant = await ctx.db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      id: true,
      name: true,
      slug: true,
      region: true,
      addonHost: true,
      timeZone: true,
      seState: true,
      multiToken: true,
      encryptionTokenEnforced: true,
      thresholdsDays: true,
      owner: true,
      nextRotationAt: true,
      nextRotationNote: true,
      lastSyncedAt: true,
      encryptedApiToken: true,
      activeRotation: { select: { id: true, step: true, plan: true } },
      tokenSets: {
        where: { deletedAt: null },
        orderBy: [{ stage: "asc" }, { vendorCreatedAt: "desc" }],
        select: { id: true, vendorTokenSetId: true, enforceStatus: true, stage: true, vendorCreatedAt: true, createdAt: true, tokens: { where: { stage: { in: ["CURRENT", "PENDING"] } }, select: TOKEN_SELECT, orderBy: { kind: "asc" } } },
      },
      tokens: { where: { stage: { in: ["PREVIOUS", "RETIRED"] } }, orderBy: [{ retiredAt: "desc" }, { createdAt: "desc" }], take: 50, select: TOKEN_SELECT },
      mdmTargets: {
        orderBy: [{ drift: "asc" }, { name: "asc" }],
        select: { id: true, kind: true, name: true, platform: true, drift: true, carriedFingerprint: true, lint: true, multiUser: true, installMode: true, lastCheckedAt: true, connection: { select: { name: true, kind: true } } },
      },
    },
  });
  const blackoutDays = await ctx.db.blackoutDay.findMany({ where: { OR: [{ tenantId }, { tenantId: null }] }, orderBy: { day: "asc" }, select: { id: true, tenantId: true, day: true, reason: true } });
  const readiness = (await latestReadiness(ctx, [tenant])).get(tenantId) ?? null;
  const fingerprints = new Map<string, string>();
  const allTokens = [...tenant.tokenSets.flatMap((s) => s.tokens), ...tenant.tokens];
  for (const t of allTokens) fingerprints.set(t.fingerprint, shortFingerprint(t.fingerprint));
  const toToken = (t: (typeof allTokens)[number]) => {
    const { fingerprint, ...rest } = t;
    return { ...rest, fingerprintPrefix: shortFingerprint(fingerprint) };
  };
  const { encryptedApiToken, tokenSets, tokens, mdmTargets, ...rest } = tenant;
  return {
    ...rest,
    role,
    apiConfigured: encryptedApiToken !== null,
    tokenSets: tokenSets.map((s) => ({ ...s, tokens: s.tokens.map(toToken) })),
    history: tokens.map(toToken),
    mdmTargets: mdmTargets.map(({ carriedFingerprint, lint, ...m }) => ({
      ...m,
      // Which token it carries, named by the short fingerprint the tokens table shows (never the value).
      carriedFingerprintPrefix: carriedFingerprint ? shortFingerprint(carriedFingerprint) : null,
      carriesKnownToken: carriedFingerprint ? fingerprints.has(carriedFingerprint) : false,
      lint: Array.isArray(lint) ? (lint as { code: string; severity: string }[]) : [],
    })),
    blackoutDays: blackoutDays.map((b) => ({ ...b, day: b.day.toISOString().slice(0, 10) })),
    readiness,
  };
}
export type TenantDetail = Awaited<ReturnType<typeof getTenantDetail>>;
