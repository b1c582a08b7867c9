import "server-only";
// Records an extension made in the console (EDIT → a later expiry): the console can only extend, so a
// date that is not later than the current expiry is refused. The change history is TokenExpiryChange.
import { z } from "zod";
import { checkExtension, parseLocalDateTime } from "@/lib/domain/token-entry";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";

export const ExtendTokenInput = z.object({
  tenantId: z.string().min(1).max(64),
  tokenId: z.string().min(1).max(64),
  /** "YYYY-MM-DDTHH:mm" or "YYYY-MM-DD" in the tenant's zone */
  expiresAt: z.string().max(32),
  note: z.string().trim().max(200).optional(),
});
export type ExtendTokenInput = z.infer<typeof ExtendTokenInput>;

/** Moves a current token's expiry later and records the change. */
export async function extendTokenExpiry({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: ExtendTokenInput; now?: Date }) {
  const tenant = await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const token = await ctx.db.token.findFirst({ where: { id: input.tokenId, tenantId: tenant.id, stage: { in: ["CURRENT", "PENDING"] } }, select: { id: true, kind: true, expiresAt: true } });
  if (!token) throw new NotFoundError();
  const next = parseLocalDateTime(input.expiresAt, tenant.timeZone);
  if (!next) throw new ValidationError("Check the highlighted fields", { expiresAt: ["malformed-date"] });
  const problem = checkExtension({ current: token.expiresAt, next, now });
  if (problem) throw new ValidationError("Check the highlighted fields", { expiresAt: [problem] });
  return audited(
    ctx,
    { action: "token.extend", tenantId: tenant.id, targetType: "token", targetId: token.id, summary: { kind: token.kind, from: token.expiresAt?.toISOString() ?? null, to: next.toISOString(), note: input.note ?? null } },
    async (tx) => {
      await tx.tokenExpiryChange.create({ data: { tokenId: token.id, fromExpiry: token.expiresAt, toExpiry: next, actorId: ctx.actor.type === "user" ? ctx.actor.id : null, note: input.note || null } });
      await tx.token.update({ where: { id: token.id }, data: { expiresAt: next } });
      return { expiresAt: next.toISOString() };
    },
  );
}
