import "server-only";
// "Test connection" for an MDM connection: the stored one (by id), or the values just typed in the
// add/edit form (an empty secret on edit means the stored secret). Kept as the connection's last
// test only when it describes what is stored.
import { z } from "zod";
import { createIntuneClient } from "@/lib/integrations/intune/client";
import { createJamfClient } from "@/lib/integrations/jamf/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { audited, recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt, fingerprint } from "@/lib/server/crypto";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { intuneClientForConnection, jamfClientForConnection, vendorCaCertificate, vendorLogger } from "@/lib/services/integrations/clients";
import { requireAdmin } from "@/lib/services/scope";
import { MdmConnectionInput, MdmConnectionRef } from "./inputs";
import { runConnectionTest } from "./run-test";
import { auditSummary, DRAFT_CLIENT_OPTIONS } from "./test-support";
import type { ConnectionTestResult } from "./test-tenant-api";

/** A stored connection by id, or the form's values. */
export const TestMdmInput = z.union([MdmConnectionRef.strict(), MdmConnectionInput]);
export type TestMdmInput = z.infer<typeof TestMdmInput>;

const isDraft = (input: TestMdmInput): input is MdmConnectionInput => "kind" in input;

/** The client for the form's values (a secret left empty: the stored one). */
function draftClient(draft: MdmConnectionInput, secret: string) {
  if (draft.kind === "INTUNE") {
    return createIntuneClient({
      tenantId: draft.directoryId,
      clientId: draft.clientId,
      clientSecret: secret,
      authorityHost: draft.authorityUrl,
      graphBaseUrl: draft.baseUrl,
      caCertificate: vendorCaCertificate(),
      logger: vendorLogger("intune"),
      ...DRAFT_CLIENT_OPTIONS,
    });
  }
  return createJamfClient({ baseUrl: draft.baseUrl, clientId: draft.clientId, clientSecret: secret, logger: vendorLogger("jamf"), ...DRAFT_CLIENT_OPTIONS });
}

/** Runs the Intune or Jamf checks (admins only; audited, without secrets). */
export async function testMdmConnection({ ctx, input }: { ctx: ServiceContext; input: TestMdmInput }): Promise<ConnectionTestResult> {
  requireAdmin(ctx);
  const current = input.id ? await ctx.db.mdmConnection.findUnique({ where: { id: input.id } }) : null;
  if (input.id && !current) throw new NotFoundError();
  const draft = isDraft(input) ? input : null;
  if (draft && current && draft.kind !== current.kind) throw new ValidationError("The kind of a connection cannot change", { kind: ["kind_fixed"] });
  if (draft && !draft.clientSecret && !current) throw new ValidationError("Enter the client secret first", { clientSecret: ["required"] });

  const storedSecret = current ? decrypt(current.encryptedClientSecret) : null;
  const secret = draft?.clientSecret ?? storedSecret!;
  const stored =
    current !== null &&
    (draft === null ||
      (fingerprint(secret) === fingerprint(storedSecret!) &&
        draft.baseUrl === current.baseUrl &&
        draft.clientId === current.clientId &&
        (draft.kind === "JAMF" || (draft.authorityUrl === current.authorityUrl && draft.directoryId === current.directoryId))));
  const kind = draft?.kind ?? current!.kind;
  const vendor = kind === "INTUNE" ? "intune" : "jamf";

  const report = await runConnectionTest(vendor, async (signal) => {
    const client = stored ? (kind === "INTUNE" ? await intuneClientForConnection(current!.id) : await jamfClientForConnection(current!.id)) : draftClient(draft!, secret);
    return client.testConnection({ signal });
  });

  const target = current ? { targetType: "mdm-connection", targetId: current.id } : {};
  const event = { action: "mdm-connection.test", ...target, outcome: report.ok ? "success" : "failure", summary: auditSummary(report, { kind, name: draft?.name ?? current?.name, baseUrl: draft?.baseUrl ?? current?.baseUrl, unsaved: !stored }) } as const;
  if (stored) {
    await audited(ctx, event, (tx) => tx.mdmConnection.update({ where: { id: current!.id }, data: { lastTestedAt: new Date(report.checkedAt), lastTestResult: report as unknown as Prisma.InputJsonValue }, select: { id: true } }));
  } else {
    await recordAudit(ctx, event);
  }
  return { report, stored };
}
