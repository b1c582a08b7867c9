import "server-only";
// What the connection settings pages show: where each tenant's Netskope API and each MDM connection
// point, whether a secret is stored (as a short keyed fingerprint, which reveals nothing of it), and
// the last "Test connection". Secrets and ciphertexts never leave this file.
import { shortFingerprint } from "@/lib/crypto/secret-box";
import { parseStoredReport, type ConnectionReportDto } from "@/lib/connections/report";
import type { ServiceContext } from "@/lib/server/context";
import { decrypt, fingerprint } from "@/lib/server/crypto";
import { NotFoundError } from "@/lib/server/errors";
import { requireAdmin, tenantScope } from "@/lib/services/scope";

export interface TenantConnectionView {
  id: string;
  name: string;
  slug: string;
  apiBaseUrl: string;
  /** First 8 hex characters of the token's keyed fingerprint; null when no token is stored. */
  tokenHint: string | null;
  lastTestedAt: Date | null;
  lastTest: ConnectionReportDto | null;
}

export interface MdmConnectionView {
  id: string;
  kind: "INTUNE" | "JAMF";
  name: string;
  baseUrl: string;
  authorityUrl: string | null;
  directoryId: string | null;
  clientId: string;
  secretHint: string | null;
  /** MDM targets (install commands, scripts, policies) read through this connection. */
  targets: number;
  updatedAt: Date;
  lastTestedAt: Date | null;
  lastTest: ConnectionReportDto | null;
}

const tenantSelect = { id: true, name: true, slug: true, apiBaseUrl: true, apiTokenFingerprint: true, encryptedApiToken: true, apiLastTestedAt: true, apiLastTestResult: true } as const;

function tenantView(row: { id: string; name: string; slug: string; apiBaseUrl: string; apiTokenFingerprint: string | null; encryptedApiToken: string | null; apiLastTestedAt: Date | null; apiLastTestResult: unknown }): TenantConnectionView {
  const hint = row.encryptedApiToken ? shortFingerprint(row.apiTokenFingerprint ?? fingerprint(decrypt(row.encryptedApiToken))) : null;
  return { id: row.id, name: row.name, slug: row.slug, apiBaseUrl: row.apiBaseUrl, tokenHint: hint, lastTestedAt: row.apiLastTestedAt, lastTest: parseStoredReport(row.apiLastTestResult) };
}

/** Every active tenant's Netskope API settings (admins only). */
export async function listTenantConnections({ ctx }: { ctx: ServiceContext }): Promise<TenantConnectionView[]> {
  requireAdmin(ctx);
  const rows = await ctx.db.tenant.findMany({ where: tenantScope(ctx), select: tenantSelect, orderBy: { name: "asc" } });
  return rows.map(tenantView);
}

/** One tenant's Netskope API settings (admins only). */
export async function getTenantConnectionOrThrow({ ctx, tenantId }: { ctx: ServiceContext; tenantId: string }): Promise<TenantConnectionView> {
  requireAdmin(ctx);
  const row = await ctx.db.tenant.findFirst({ where: { id: tenantId, ...tenantScope(ctx) }, select: tenantSelect });
  if (!row) throw new NotFoundError();
  return tenantView(row);
}

const mdmSelect = {
  id: true,
  kind: true,
  name: true,
  baseUrl: true,
  authorityUrl: true,
  directoryId: true,
  clientId: true,
  encryptedClientSecret: true,
  updatedAt: true,
  lastTestedAt: true,
  lastTestResult: true,
  _count: { select: { targets: true } },
} as const;

function mdmView(row: {
  id: string;
  kind: "INTUNE" | "JAMF";
  name: string;
  baseUrl: string;
  authorityUrl: string | null;
  directoryId: string | null;
  clientId: string;
  encryptedClientSecret: string;
  updatedAt: Date;
  lastTestedAt: Date | null;
  lastTestResult: unknown;
  _count: { targets: number };
}): MdmConnectionView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    baseUrl: row.baseUrl,
    authorityUrl: row.authorityUrl,
    directoryId: row.directoryId,
    clientId: row.clientId,
    secretHint: row.encryptedClientSecret ? shortFingerprint(fingerprint(decrypt(row.encryptedClientSecret))) : null,
    targets: row._count.targets,
    updatedAt: row.updatedAt,
    lastTestedAt: row.lastTestedAt,
    lastTest: parseStoredReport(row.lastTestResult),
  };
}

/** Every MDM connection (admins only): connections are not tenant-scoped, one may serve several tenants. */
export async function listMdmConnections({ ctx }: { ctx: ServiceContext }): Promise<MdmConnectionView[]> {
  requireAdmin(ctx);
  const rows = await ctx.db.mdmConnection.findMany({ select: mdmSelect, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return rows.map(mdmView);
}

/** One MDM connection (admins only). */
export async function getMdmConnectionOrThrow({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<MdmConnectionView> {
  requireAdmin(ctx);
  const row = await ctx.db.mdmConnection.findUnique({ where: { id }, select: mdmSelect });
  if (!row) throw new NotFoundError();
  return mdmView(row);
}
