import "server-only";
// First run: when no user exists, whoever opens /setup creates the first admin. The check and the
// insert happen under an advisory lock, so two people racing through setup cannot both succeed.
import { z } from "zod";
import { AUDIT_TX, appendAudit } from "@/lib/server/audit";
import { db as appDb, type Db } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { hashPassword, newAccountId, newUserId } from "@/lib/services/users/passwords";

export const CreateFirstAdminInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: z.email().trim().toLowerCase().max(254),
    password: z.string().min(12).max(256),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "mismatch" });
export type CreateFirstAdminInput = z.infer<typeof CreateFirstAdminInput>;

/** Creates the first admin; refuses once any user exists (audited). */
export async function createFirstAdmin({ db = appDb(), request, input }: { db?: Db; request: { requestId: string; sourceIp?: string }; input: CreateFirstAdminInput }): Promise<{ id: string; email: string }> {
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('enrollment-health:first-admin'))`;
    if ((await tx.user.count()) > 0) throw new ConflictError("Setup is already done: sign in instead", "setup_done");
    const user = await tx.user.create({ data: { id: newUserId(), name: input.name, email: input.email, emailVerified: true, role: "ADMIN" }, select: { id: true, email: true } });
    await tx.account.create({ data: { id: newAccountId(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    await appendAudit(tx, { actor: { type: "user", id: user.id, label: user.email, role: "ADMIN" }, ...request }, { action: "user.create", targetType: "user", targetId: user.id, summary: { email: user.email, role: "ADMIN", via: "setup" } });
    return user;
  }, AUDIT_TX);
}
