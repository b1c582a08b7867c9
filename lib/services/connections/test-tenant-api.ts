import "server-only";
// "Test connection" for a tenant's Netskope API: the stored settings, or the values just typed in the
// form (an empty token field means the stored token). The result is kept on the tenant only when
// it describes what is stored; a test of unsaved values is shown, audited, and not kept.
import type { ConnectionReportDto } from "@/lib/connections/report";
import { createNetskopeClient } from "@/lib/integrations/netskope/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { audited, recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt, fingerprint } from "@/lib/server/crypto";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { netskopeClientForTenant, vendorLogger } from "@/lib/services/integrations/clients";
import { requireAdmin, tenantScope } from "@/lib/services/scope";
import { TenantApiInput } from "./inputs";
import { runConnectionTest } from "./run-test";
import { auditSummary, DRAFT_CLIENT_OPTIONS } from "./test-support";

/** Without `apiBaseUrl`, the stored settings are tested; with it, the form's values. */
export const TestTenantApiInput = TenantApiInput.partial({ apiBaseUrl: true });
export type TestTenantApiInput = { tenantId: string; apiBaseUrl?: string; apiToken?: string };

export interface ConnectionTestResult {
  report: ConnectionReportDto;
  /** true when the report describes the stored settings and was kept as their last test */
  stored: boolean;
}

/** Runs the Netskope checks (admins only; audited, without secrets). */
export async function testTenantApi({ ctx, input }: { ctx: ServiceContext; input: TestTenantApiInput }): Promise<ConnectionTestResult> {
  requireAdmin(ctx);
  const tenant = await ctx.db.tenant.findFirst({ where: { id: input.tenantId, ...tenantScope(ctx) }, select: { id: true, apiBaseUrl: true, encryptedApiToken: true, apiTokenFingerprint: true } });
  if (!tenant) throw new NotFoundError();
  const baseUrl = input.apiBaseUrl ?? tenant.apiBaseUrl;
  if (!input.apiToken && !tenant.encryptedApiToken) throw new ValidationError("Enter an API token first", { apiToken: ["token_required"] });
  const sameToken = !input.apiToken || (tenant.apiTokenFingerprint !== null && fingerprint(input.apiToken) === tenant.apiTokenFingerprint);
  const stored = sameToken && baseUrl === tenant.apiBaseUrl;

  const report = await runConnectionTest("netskope", async (signal) => {
    const client = stored
      ? await netskopeClientForTenant(tenant.id)
      : createNetskopeClient({ baseUrl, apiToken: input.apiToken ?? decrypt(tenant.encryptedApiToken!), logger: vendorLogger("netskope"), ...DRAFT_CLIENT_OPTIONS });
    return client.testConnection({ signal });
  });

  const event = { action: "tenant.api-connection.test", tenantId: tenant.id, targetType: "tenant", targetId: tenant.id, outcome: report.ok ? "success" : "failure", summary: auditSummary(report, { apiBaseUrl: baseUrl, unsaved: !stored }) } as const;
  if (stored) {
    await audited(ctx, event, (tx) => tx.tenant.update({ where: { id: tenant.id }, data: { apiLastTestedAt: new Date(report.checkedAt), apiLastTestResult: report as unknown as Prisma.InputJsonValue }, select: { id: true } }));
  } else {
    await recordAudit(ctx, event);
  }
  return { report, stored };
}
