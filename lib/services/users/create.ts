import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError } from "@/lib/server/errors";
import { generatePassword, hashPassword, newAccountId, newUserId } from "@/lib/services/users/passwords";
import { requireAdmin } from "@/lib/services/scope";

export const CreateUserInput = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().trim().toLowerCase().max(254),
  role: z.enum(ROLES),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

/** Creates a local user with a random initial password, returned once (admins only; audited). */
export async function createUser({ ctx, input: raw }: { ctx: ServiceContext; input: CreateUserInput }) {
  requireAdmin(ctx);
  // Parsed again here (not only in the action): the email must be normalised however this is called.
  const input = CreateUserInput.parse(raw);
  if (await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new ConflictError("A user with this email already exists", "email_taken");
  const password = generatePassword();
  const hash = await hashPassword(password);
  const user = await audited<{ id: string; email: string }>(
    ctx,
    (u: { id: string }) => ({ action: "user.create", targetType: "user", targetId: u.id, summary: { email: input.email, name: input.name, role: input.role } }),
    async (tx) => {
      const u = await tx.user.create({ data: { id: newUserId(), name: input.name, email: input.email, emailVerified: true, role: input.role }, select: { id: true, email: true } });
      await tx.account.create({ data: { id: newAccountId(), accountId: u.id, providerId: "credential", userId: u.id, password: hash } });
      return u;
    },
  );
  return { id: user.id, email: user.email, password };
}
