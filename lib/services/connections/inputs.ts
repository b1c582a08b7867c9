// Inputs of the connection settings (zod, the actions' boundary). Messages are codes that the forms
// translate (connections.errors.<code>), so a field error reads naturally in every language.
// Vendor URLs must be https; plain http is accepted only on a loopback host, where the demo and the
// tests run the vendor simulators (a token sent over http anywhere else would cross the network in clear).
import { z } from "zod";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Why a vendor URL is refused, or null when it is acceptable. */
export function vendorUrlProblem(value: string, options: { httpsOnly?: boolean } = {}): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "url_invalid";
  }
  if (url.username || url.password) return "url_credentials";
  if (url.search || url.hash) return "url_query";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && !options.httpsOnly && LOOPBACK.has(url.hostname)) return null;
  return options.httpsOnly ? "url_https_only" : "url_https";
}

const url = (options: { httpsOnly?: boolean } = {}) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .max(500, "too_long")
    .superRefine((value, ctx) => {
      const problem = vendorUrlProblem(value, options);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => value.replace(/\/+$/, ""));

const NetskopeApiUrl = url().refine((value) => /\/api\/v2\/?$/.test(value), "netskope_api_v2");

/** A secret field: empty means "keep the stored one". Never echoed back. */
const OptionalSecret = z
  .string()
  .max(4096, "too_long")
  .optional()
  .transform((value) => (value && value.trim() ? value.trim() : undefined))
  .refine((value) => value === undefined || !/\s/.test(value), "secret_whitespace");

const Name = z.string().trim().min(1, "required").max(100, "too_long");
const ClientId = z.string().trim().min(1, "required").max(200, "too_long").regex(/^\S+$/, "no_spaces");
/** Entra tenant: a GUID or a verified domain (contoso.onmicrosoft.com). */
const DirectoryId = z.string().trim().min(1, "required").max(100, "too_long").regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, "directory_id");

export const TenantApiInput = z.object({
  tenantId: z.string().min(1).max(64),
  apiBaseUrl: NetskopeApiUrl,
  apiToken: OptionalSecret,
});
export type TenantApiInput = z.infer<typeof TenantApiInput>;

const IntuneFields = z.object({
  kind: z.literal("INTUNE"),
  name: Name,
  baseUrl: url(),
  /** MSAL accepts only https authorities, loopback included. */
  authorityUrl: url({ httpsOnly: true }),
  directoryId: DirectoryId,
  clientId: ClientId,
  clientSecret: OptionalSecret,
});
const JamfFields = z.object({
  kind: z.literal("JAMF"),
  name: Name,
  baseUrl: url(),
  clientId: ClientId,
  clientSecret: OptionalSecret,
});

/** An MDM connection as the form sends it; `id` when editing (an empty secret keeps the stored one). */
export const MdmConnectionInput = z.discriminatedUnion("kind", [IntuneFields.extend({ id: z.string().min(1).max(64).optional() }), JamfFields.extend({ id: z.string().min(1).max(64).optional() })]);
export type MdmConnectionInput = z.infer<typeof MdmConnectionInput>;

export const MdmConnectionRef = z.object({ id: z.string().min(1).max(64) });
export type MdmConnectionRef = z.infer<typeof MdmConnectionRef>;

export const TenantRefInput = z.object({ tenantId: z.string().min(1).max(64) });
export type TenantRefInput = z.infer<typeof TenantRefInput>;

export const INTUNE_DEFAULTS = { baseUrl: "https://graph.microsoft.com", authorityUrl: "https://login.microsoftonline.com" } as const;
