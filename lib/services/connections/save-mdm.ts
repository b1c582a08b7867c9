import "server-only";
// Adds or edits an MDM connection (Intune app registration or Jamf Pro API client). The client
// secret is stored encrypted; on edit an empty secret keeps the stored one. Changing where or how the
// connection authenticates clears its last test result, which described the old settings.
import { shortFingerprint } from "@/lib/crypto/secret-box";
import { Prisma } from "@/lib/generated/prisma/client";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt, encrypt, fingerprint } from "@/lib/server/crypto";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";
import type { MdmConnectionInput } from "./inputs";

/** The columns a form's values map to (Jamf has no authority or directory). */
function columns(input: MdmConnectionInput) {
  return {
    name: input.name,
    baseUrl: input.baseUrl,
    authorityUrl: input.kind === "INTUNE" ? input.authorityUrl : null,
    directoryId: input.kind === "INTUNE" ? input.directoryId : null,
    clientId: input.clientId,
  };
}

const nameTaken = () => new ValidationError("A connection of this kind already has this name", { name: ["name_taken"] });

async function assertNameFree(ctx: ServiceContext, input: MdmConnectionInput) {
  const clash = await ctx.db.mdmConnection.findFirst({ where: { kind: input.kind, name: input.name, ...(input.id ? { id: { not: input.id } } : {}) }, select: { id: true } });
  if (clash) throw nameTaken();
}

/** Creates or updates an MDM connection (admins only; audited without the secret). */
export async function saveMdmConnection({ ctx, input }: { ctx: ServiceContext; input: MdmConnectionInput }): Promise<{ id: string; secretHint: string }> {
  requireAdmin(ctx);
  await assertNameFree(ctx, input);
  const data = columns(input);
  // Key names the audit redaction would mask (secret, token, credential) are avoided: these are not secrets.
  const summaryOf = (rotated: boolean, hint: string, settingsChanged: boolean) => ({ kind: input.kind, ...data, rotated, hint, settingsChanged });

  if (!input.id) {
    if (!input.clientSecret) throw new ValidationError("Enter the client secret", { clientSecret: ["required"] });
    const hint = shortFingerprint(fingerprint(input.clientSecret));
    const secret = encrypt(input.clientSecret);
    const row = await audited(
      ctx,
      (created: { id: string }) => ({ action: "mdm-connection.create", targetType: "mdm-connection", targetId: created.id, summary: summaryOf(true, hint, true) }),
      (tx) => tx.mdmConnection.create({ data: { kind: input.kind, ...data, encryptedClientSecret: secret }, select: { id: true } }),
    );
    return { id: row.id, secretHint: hint };
  }

  const current = await ctx.db.mdmConnection.findUnique({ where: { id: input.id } });
  if (!current) throw new NotFoundError();
  if (current.kind !== input.kind) throw new ValidationError("The kind of a connection cannot change", { kind: ["kind_fixed"] });
  const oldPrint = fingerprint(decrypt(current.encryptedClientSecret));
  const newPrint = input.clientSecret ? fingerprint(input.clientSecret) : oldPrint;
  const secretChanged = newPrint !== oldPrint;
  const settingsChanged = secretChanged || data.baseUrl !== current.baseUrl || data.authorityUrl !== current.authorityUrl || data.directoryId !== current.directoryId || data.clientId !== current.clientId;
  const hint = shortFingerprint(newPrint);
  try {
    await audited(ctx, { action: "mdm-connection.update", targetType: "mdm-connection", targetId: current.id, summary: summaryOf(secretChanged, hint, settingsChanged) }, (tx) =>
      tx.mdmConnection.update({
        where: { id: current.id },
        data: {
          ...data,
          ...(secretChanged && input.clientSecret ? { encryptedClientSecret: encrypt(input.clientSecret) } : {}),
          ...(settingsChanged ? { lastTestedAt: null, lastTestResult: Prisma.DbNull } : {}),
        },
        select: { id: true },
      }),
    );
  } catch (error) {
    // Two admins naming two connections alike at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
    throw error;
  }
  return { id: current.id, secretHint: hint };
}
