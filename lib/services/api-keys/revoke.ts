import "server-only";
import { z } from "zod";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";

export const RevokeApiKeyInput = z.object({ id: z.string().min(1).max(64) });
export type RevokeApiKeyInput = z.infer<typeof RevokeApiKeyInput>;

/** Revokes a key at once (admins only; audited). */
export async function revokeApiKey({ ctx, input }: { ctx: ServiceContext; input: RevokeApiKeyInput }) {
  requireAdmin(ctx);
  await audited(ctx, { action: "api-key.revoke", targetType: "api-key", targetId: input.id }, async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.id }, select: { revokedAt: true } });
    if (!key) throw new NotFoundError();
    if (key.revokedAt) throw new ConflictError("This key is already revoked", "already_revoked");
    await tx.apiKey.update({ where: { id: input.id }, data: { revokedAt: new Date() } });
  });
}
