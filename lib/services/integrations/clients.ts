import "server-only";
// The vendor clients as the app uses them: credentials read from the database and decrypted here,
// the server logger (redacting), and the extra CA of VENDOR_CA_FILE. Nothing else builds clients
// from stored credentials; services call these and never see a secret's ciphertext.
import { readFileSync } from "node:fs";
import { createIntuneClient, type IntuneClient } from "@/lib/integrations/intune/client";
import { createJamfClient, type JamfClient } from "@/lib/integrations/jamf/client";
import { createNetskopeClient, type NetskopeClient } from "@/lib/integrations/netskope/client";
import type { IntegrationLogger } from "@/lib/integrations/logger";
import { decrypt } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { NotConfiguredError, NotFoundError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";

const caCache: { file?: string; pem?: string } = {};

/** The PEM of VENDOR_CA_FILE (read once per path), or undefined when unset. */
export function vendorCaCertificate(): string | undefined {
  const file = env().VENDOR_CA_FILE;
  if (!file) return undefined;
  if (caCache.file !== file) {
    caCache.pem = readFileSync(file, "utf8");
    caCache.file = file;
  }
  return caCache.pem;
}

/** The app's logger for one vendor; the clients redact their own secrets before logging. */
export function vendorLogger(vendor: "netskope" | "intune" | "jamf"): IntegrationLogger {
  return logger.child({ vendor });
}

/** The Netskope REST client of a tenant, with its stored API token. */
export async function netskopeClientForTenant(tenantId: string): Promise<NetskopeClient> {
  const tenant = await db().tenant.findUnique({ where: { id: tenantId }, select: { name: true, apiBaseUrl: true, encryptedApiToken: true } });
  if (!tenant) throw new NotFoundError("Tenant not found");
  if (!tenant.encryptedApiToken) throw new NotConfiguredError(`No Netskope API token is set for ${tenant.name}: add one in Settings → Connections`);
  return createNetskopeClient({ baseUrl: tenant.apiBaseUrl, apiToken: decrypt(tenant.encryptedApiToken), logger: vendorLogger("netskope") });
}

async function connection(connectionId: string, kind: "INTUNE" | "JAMF") {
  const row = await db().mdmConnection.findUnique({ where: { id: connectionId } });
  if (!row || row.kind !== kind) throw new NotFoundError(`${kind === "INTUNE" ? "Intune" : "Jamf Pro"} connection not found`);
  return row;
}

/** The Microsoft Graph (Intune) client of a stored MDM connection. */
export async function intuneClientForConnection(connectionId: string): Promise<IntuneClient> {
  const row = await connection(connectionId, "INTUNE");
  if (!row.directoryId) throw new NotConfiguredError(`The Intune connection ${row.name} has no directory (Entra tenant) id`);
  return createIntuneClient({
    tenantId: row.directoryId,
    clientId: row.clientId,
    clientSecret: decrypt(row.encryptedClientSecret),
    authorityHost: row.authorityUrl ?? undefined,
    graphBaseUrl: row.baseUrl,
    caCertificate: vendorCaCertificate(),
    logger: vendorLogger("intune"),
  });
}

/** The Jamf Pro client of a stored MDM connection. */
export async function jamfClientForConnection(connectionId: string): Promise<JamfClient> {
  const row = await connection(connectionId, "JAMF");
  return createJamfClient({ baseUrl: row.baseUrl, clientId: row.clientId, clientSecret: decrypt(row.encryptedClientSecret), logger: vendorLogger("jamf") });
}
