import "server-only";
// iCalendar feeds at secret URLs. Admins and operators create them (a tenant's feed needs operator on
// that tenant); the URL is returned once and only the secret's hash is kept. A feed acts as its
// creator AS THEY ARE NOW: a disabled creator, or one who lost a tenant, gets nothing more from it.
import { z } from "zod";
import { atLeast } from "@/lib/auth/roles";
import { isRole } from "@/lib/auth/roles";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";
import { generateFeedSecret } from "./feed-secret";

export const CreateCalendarFeedInput = z.object({ tenantId: z.string().min(1).max(64).nullable() });
export type CreateCalendarFeedInput = z.infer<typeof CreateCalendarFeedInput>;

export const RevokeCalendarFeedInput = z.object({ id: z.string().min(1).max(64) });
export type RevokeCalendarFeedInput = z.infer<typeof RevokeCalendarFeedInput>;

/** The path of a feed's URL (the secret is its last segment). */
export const feedPath = (secret: string) => `/api/calendar/feeds/${secret}.ics`;

/** Creates a feed for one tenant or for every tenant the creator may see; the secret is in the result, once. */
export async function createCalendarFeed({ ctx, input }: { ctx: ServiceContext; input: CreateCalendarFeedInput }) {
  if (ctx.actor.type !== "user") throw new ConflictError("Only a signed-in person can create a calendar feed", "user_only");
  if (!atLeast(ctx.actor.role, "OPERATOR")) throw new ForbiddenError();
  const tenant = input.tenantId ? await getTenantOrThrow(ctx, input.tenantId, "OPERATOR") : null;
  const createdById = ctx.actor.id;
  const { secret, hash } = generateFeedSecret();
  const row = await audited(
    ctx,
    (f: { id: string }) => ({ action: "calendar-feed.create", tenantId: tenant?.id ?? null, targetType: "calendar-feed", targetId: f.id, summary: { scope: tenant ? "tenant" : "all" } }),
    (tx) => tx.calendarFeed.create({ data: { tenantId: tenant?.id ?? null, secretHash: hash, createdById }, select: { id: true } }),
  );
  return { id: row.id, secret, path: feedPath(secret) };
}

/** Revokes a feed at once: its creator or an admin. */
export async function revokeCalendarFeed({ ctx, input }: { ctx: ServiceContext; input: RevokeCalendarFeedInput }) {
  await audited(ctx, { action: "calendar-feed.revoke", targetType: "calendar-feed", targetId: input.id }, async (tx) => {
    const feed = await tx.calendarFeed.findUnique({ where: { id: input.id }, select: { createdById: true, revokedAt: true } });
    if (!feed || (ctx.actor.role !== "ADMIN" && feed.createdById !== ctx.actor.id)) throw new NotFoundError();
    if (feed.revokedAt) throw new ConflictError("This feed is already revoked", "already_revoked");
    await tx.calendarFeed.update({ where: { id: input.id }, data: { revokedAt: new Date() } });
  });
}

/** Feeds the actor may manage: an admin's are everyone's, anyone else's their own. Never the secret. */
export async function listCalendarFeeds({ ctx }: { ctx: ServiceContext }) {
  if (ctx.actor.type !== "user") return [];
  return ctx.db.calendarFeed.findMany({
    where: ctx.actor.role === "ADMIN" ? {} : { createdById: ctx.actor.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, createdAt: true, revokedAt: true, tenant: { select: { id: true, name: true } }, createdBy: { select: { name: true, email: true } } },
  });
}

/** The live feed with this secret hash and the context of its creator, or null (revoked, unknown, creator disabled). */
export async function feedByHash(db: ServiceContext["db"], hash: string, requestId: string): Promise<{ ctx: ServiceContext; tenantId: string | null; locale: string | null } | null> {
  const feed = await db.calendarFeed.findUnique({
    where: { secretHash: hash },
    select: { tenantId: true, revokedAt: true, createdBy: { select: { id: true, email: true, role: true, disabledAt: true, locale: true } } },
  });
  if (!feed || feed.revokedAt || feed.createdBy.disabledAt || !isRole(feed.createdBy.role)) return null;
  const u = feed.createdBy;
  return { ctx: { actor: { type: "user", id: u.id, label: `${u.email} (calendar feed)`, role: u.role }, db, requestId }, tenantId: feed.tenantId, locale: u.locale };
}
