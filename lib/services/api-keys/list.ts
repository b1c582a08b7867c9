import "server-only";
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";

/** Every key with its creator, newest first (admins only). The key itself is never stored. */
export async function listApiKeys({ ctx }: { ctx: ServiceContext }) {
  requireAdmin(ctx);
  return ctx.db.apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scope: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
}
