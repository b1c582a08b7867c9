import "server-only";
// Reveal or copy a token: operators and up on the tenant, each time an audit event written BEFORE the
// value leaves the server (recordAudit throws when it cannot write, and then nothing is returned).
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt } from "@/lib/server/crypto";
import { NotFoundError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";

export const RevealTokenInput = z.object({
  tenantId: z.string().min(1).max(64),
  tokenId: z.string().min(1).max(64),
  purpose: z.enum(["reveal", "copy"]),
});
export type RevealTokenInput = z.infer<typeof RevealTokenInput>;

/** The token's value, after an audit event `token.reveal` or `token.copy`. */
export async function revealToken({ ctx, input }: { ctx: ServiceContext; input: RevealTokenInput }): Promise<{ value: string }> {
  await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const token = await ctx.db.token.findFirst({ where: { id: input.tokenId, tenantId: input.tenantId }, select: { id: true, kind: true, stage: true, suffix: true, encryptedValue: true } });
  if (!token) throw new NotFoundError();
  await recordAudit(ctx, {
    action: `token.${input.purpose}`,
    tenantId: input.tenantId,
    targetType: "token",
    targetId: token.id,
    summary: { kind: token.kind, stage: token.stage, suffix: token.suffix },
  });
  return { value: decrypt(token.encryptedValue) };
}
