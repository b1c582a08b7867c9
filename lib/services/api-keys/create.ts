import "server-only";
// API keys for the JSON API: created by admins, shown once, stored as a SHA-256 hash with a short
// prefix for lists, read-only or operator scope, optional expiry (lib/auth/api-key-token.ts).
import { z } from "zod";
import { generateApiKey } from "@/lib/auth/api-key-token";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";

export const CreateApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(["READ", "OPERATOR"]),
  /** days until it stops working; null: never (not recommended) */
  expiresInDays: z.number().int().min(1).max(730).nullable(),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

/** Creates a key and returns it once; only its hash and prefix are kept (admins only; audited). */
export async function createApiKey({ ctx, input, now = new Date() }: { ctx: ServiceContext; input: CreateApiKeyInput; now?: Date }) {
  requireAdmin(ctx);
  if (ctx.actor.type !== "user") throw new ConflictError("Only a signed-in admin can create API keys", "user_only");
  const createdById = ctx.actor.id;
  const { key, prefix, hash } = generateApiKey();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const row = await audited(
    ctx,
    (k: { id: string }) => ({ action: "api-key.create", targetType: "api-key", targetId: k.id, summary: { name: input.name, prefix, scope: input.scope, expiresAt } }),
    (tx) => tx.apiKey.create({ data: { name: input.name, prefix, hash, scope: input.scope, expiresAt, createdById }, select: { id: true } }),
  );
  return { id: row.id, key, prefix, expiresAt };
}
