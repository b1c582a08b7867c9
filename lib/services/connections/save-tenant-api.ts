import "server-only";
// Sets a tenant's Netskope REST API base URL and, optionally, replaces its API token. The token is
// stored encrypted with its keyed fingerprint; the audit event names the fingerprint prefix, never
// the token. A change of URL or token clears the last test result: it described other credentials.
import { shortFingerprint } from "@/lib/crypto/secret-box";
import { Prisma } from "@/lib/generated/prisma/client";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { NotFoundError } from "@/lib/server/errors";
import { requireAdmin, tenantScope } from "@/lib/services/scope";
import type { TenantApiInput } from "./inputs";

/** Saves a tenant's API settings (admins only; audited). An absent token keeps the stored one. */
export async function saveTenantApi({ ctx, input }: { ctx: ServiceContext; input: TenantApiInput }): Promise<{ tokenHint: string | null }> {
  requireAdmin(ctx);
  const current = await ctx.db.tenant.findFirst({ where: { id: input.tenantId, ...tenantScope(ctx) }, select: { id: true, apiBaseUrl: true, apiTokenFingerprint: true, encryptedApiToken: true } });
  if (!current) throw new NotFoundError();
  const newPrint = input.apiToken ? fingerprint(input.apiToken) : null;
  const tokenChanged = newPrint !== null && newPrint !== current.apiTokenFingerprint;
  const urlChanged = input.apiBaseUrl !== current.apiBaseUrl;
  const hint = newPrint ? shortFingerprint(newPrint) : current.apiTokenFingerprint ? shortFingerprint(current.apiTokenFingerprint) : null;
  await audited(
    ctx,
    {
      action: "tenant.api-settings.update",
      tenantId: current.id,
      targetType: "tenant",
      targetId: current.id,
      // `rotated`/`hint`: key names with "token" would be masked by the audit redaction; these are not secrets.
      summary: { apiBaseUrl: input.apiBaseUrl, urlChanged, rotated: tokenChanged, hint },
    },
    (tx) =>
      tx.tenant.update({
        where: { id: current.id },
        data: {
          apiBaseUrl: input.apiBaseUrl,
          ...(input.apiToken && tokenChanged ? { encryptedApiToken: encrypt(input.apiToken), apiTokenFingerprint: newPrint } : {}),
          ...(tokenChanged || urlChanged ? { apiLastTestedAt: null, apiLastTestResult: Prisma.DbNull } : {}),
        },
        select: { id: true },
      }),
  );
  return { tokenHint: hint };
}
