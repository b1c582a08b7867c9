import "server-only";
// Deleting an MDM connection would cascade to every MDM target read through it (install commands,
// scripts, policies and their drift history), so a connection still in use is refused: the admin
// re-points or removes those targets first.
import { Prisma } from "@/lib/generated/prisma/client";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";
import type { MdmConnectionRef } from "./inputs";

/** Deletes an unused MDM connection (admins only; audited). */
export async function deleteMdmConnection({ ctx, input }: { ctx: ServiceContext; input: MdmConnectionRef }): Promise<void> {
  requireAdmin(ctx);
  const row = await ctx.db.mdmConnection.findUnique({ where: { id: input.id }, select: { id: true, kind: true, name: true, _count: { select: { targets: true } } } });
  if (!row) throw new NotFoundError();
  const inUse = () => new ConflictError(`${row.name} is used by ${row._count.targets} MDM target(s); remove them first`, "connection_in_use");
  if (row._count.targets > 0) throw inUse();
  try {
    await audited(ctx, { action: "mdm-connection.delete", targetType: "mdm-connection", targetId: row.id, summary: { kind: row.kind, name: row.name } }, (tx) =>
      // Checked again by the delete itself: a sync may have added a target meanwhile (P2025: no row matched).
      tx.mdmConnection.delete({ where: { id: row.id, targets: { none: {} } } }),
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw inUse();
    throw error;
  }
}
