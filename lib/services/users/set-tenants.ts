import "server-only";
import { z } from "zod";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";

export const SetUserTenantsInput = z.object({
  userId: z.string().min(1).max(64),
  assignments: z.array(z.object({ tenantId: z.string().min(1).max(64), role: z.enum(["VIEWER", "OPERATOR"]) })).max(1000),
});
export type SetUserTenantsInput = z.infer<typeof SetUserTenantsInput>;

/** Replaces a user's tenant assignments (admins only; audited with what was added, removed and changed). */
export async function setUserTenants({ ctx, input }: { ctx: ServiceContext; input: SetUserTenantsInput }) {
  requireAdmin(ctx);
  const wanted = new Map(input.assignments.map((a) => [a.tenantId, a.role]));
  if (wanted.size !== input.assignments.length) throw new ValidationError("A tenant is listed twice", { assignments: ["duplicate"] });
  await audited(
    ctx,
    (diff: { added: string[]; removed: string[]; changed: string[] }) => ({ action: "user.set-tenants", targetType: "user", targetId: input.userId, summary: { ...diff, assignments: Object.fromEntries(wanted) } }),
    async (tx) => {
      if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw new NotFoundError();
      const known = await tx.tenant.count({ where: { id: { in: [...wanted.keys()] } } });
      if (known !== wanted.size) throw new ValidationError("Unknown tenant", { assignments: ["unknown tenant"] });
      const current = new Map((await tx.tenantMember.findMany({ where: { userId: input.userId }, select: { tenantId: true, role: true } })).map((m) => [m.tenantId, m.role]));
      const removed = [...current.keys()].filter((t) => !wanted.has(t));
      const added = [...wanted.keys()].filter((t) => !current.has(t));
      const changed = [...wanted.keys()].filter((t) => current.has(t) && current.get(t) !== wanted.get(t));
      await tx.tenantMember.deleteMany({ where: { userId: input.userId, tenantId: { in: removed } } });
      for (const tenantId of added) await tx.tenantMember.create({ data: { userId: input.userId, tenantId, role: wanted.get(tenantId)! } });
      for (const tenantId of changed) await tx.tenantMember.update({ where: { userId_tenantId: { userId: input.userId, tenantId } }, data: { role: wanted.get(tenantId)! } });
      return { added, removed, changed };
    },
  );
}
