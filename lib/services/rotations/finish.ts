import "server-only";
// Completion (issue 7, item 7), in the transaction that saves the completed state: the new token
// becomes CURRENT and the ones it replaces PREVIOUS (kept, encrypted, until retired), the tenant is
// Enforced, the next rotation is scheduled, and the old tokens' expiry alerts are resolved (quiet).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RotationState } from "@/lib/domain/rotation-schemas";
import type { RunRow } from "./run-store";

export async function finishRun(tx: Prisma.TransactionClient, run: Pick<RunRow, "id" | "tenantId" | "plan">, state: RotationState): Promise<void> {
  const stored = await tx.rotationEvent.findFirst({ where: { runId: run.id, type: "token-stored" }, orderBy: { id: "desc" } });
  const tokenId = (stored?.data as { tokenId?: string } | null)?.tokenId;
  if (!tokenId) return;
  const token = await tx.token.findUniqueOrThrow({ where: { id: tokenId } });
  const now = new Date();
  const old = await tx.token.findMany({ where: { tenantId: run.tenantId, kind: "AUTH", stage: "CURRENT", id: { not: token.id } }, select: { id: true, tokenSetId: true } });
  await tx.token.updateMany({ where: { id: { in: old.map((t) => t.id) } }, data: { stage: "PREVIOUS" } });
  await tx.token.update({ where: { id: token.id }, data: { stage: "CURRENT" } });
  await tx.alert.updateMany({ where: { tokenId: { in: old.map((t) => t.id) }, resolvedAt: null }, data: { resolvedAt: now } });
  const oldSets = [...new Set(old.map((t) => t.tokenSetId))].filter((id) => id !== token.tokenSetId);
  // Multi-token: the old sets were deleted on the tenant; their tokens stay as PREVIOUS.
  if (run.plan === "ROTATE_MULTI") await tx.tokenSet.updateMany({ where: { id: { in: oldSets } }, data: { stage: "PREVIOUS", deletedAt: now } });
  await tx.tokenSet.update({ where: { id: token.tokenSetId }, data: { stage: "CURRENT", enforceStatus: "ENFORCED" } });
  const scheduled = state.completed.find((r) => r.evidence?.kind === "scheduled-date")?.evidence;
  await tx.tenant.update({
    where: { id: run.tenantId },
    data: {
      seState: "ENFORCED",
      nextRotationAt: scheduled?.kind === "scheduled-date" ? new Date(scheduled.scheduledFor) : undefined,
      nextRotationNote: scheduled ? `Planned by rotation run ${run.id}` : undefined,
    },
  });
}
