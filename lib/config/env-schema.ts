// The environment's shape, as a pure zod schema. `lib/server/env.ts` applies it to process.env for
// the app; the CLI scripts (start, re-encrypt) apply the same schema, so both fail alike on bad input.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql://user:password@host:port/database URL");

/** 32 random bytes, base64: the AES-256-GCM key for secrets at rest. */
export const EncryptionKey = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded (generate one with: openssl rand -base64 32)");

/** A switch: "1"/"true" on, "0"/"false" off, unset or empty `unset`. */
const switchOf = (unset: boolean) =>
  z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? unset : v === "1" || v === "true"));
/** Off unless set. */
const flag = switchOf(false);
/** On unless set to "0" or "false". */
const flagOn = switchOf(true);

const commaList = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean));

const EnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the start command runs the embedded PGlite database and sets this itself. */
  DATABASE_URL: postgresUrl.optional(),
  SHADOW_DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** The hot path's reads as named prepared statements (lib/server/sql.ts); off for a PgBouncer in transaction mode that does not keep them. */
  DATABASE_PREPARED_STATEMENTS: flagOn,
  /** Set by the start command when DATABASE_URL points at the embedded PGlite server. */
  EMBEDDED_DATABASE: flag,
  DEMO_MODE: flag,
  ENCRYPTION_KEY: EncryptionKey.optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Do not run background jobs in this process (another process runs them, or a one-off command). */
  JOBS_DISABLED: flag,
  /** A PEM file of extra CA certificates trusted for vendor calls (a TLS-inspecting proxy's CA; the demo's simulator CA). */
  VENDOR_CA_FILE: z.string().trim().min(1).optional(),
  /** Base URL of the local vendor simulators (demo and tests only). */
  SIMULATOR_URL: z.url().optional(),
  /** Signs session cookies. Required in production outside the demo; else derived from ENCRYPTION_KEY. */
  BETTER_AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  /** OpenID Connect single sign-on (Entra ID, Okta, any issuer): all three, or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  /** The SSO button's label: "Sign in with <OIDC_NAME>". */
  OIDC_NAME: z.string().trim().min(1).default("SSO"),
  /** Failed password sign-ins in a row that lock an account, and for how long. */
  AUTH_MAX_FAILED_LOGINS: z.coerce.number().int().min(1).max(100).default(5),
  AUTH_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Sign-in attempts per minute per client address (all accounts together). */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Reverse proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For entries are trusted. */
  TRUSTED_PROXIES: commaList,
  /** Outgoing mail for e-mail notification channels: smtp://user:pass@host:587 or smtps://…:465. Unset: no e-mail. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => {
      if (!v) return true;
      try {
        const u = new URL(v);
        return (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname !== "";
      } catch {
        return false;
      }
    }, "must be an smtp://user:password@host:port or smtps://… URL"),
  /** The From address of notification e-mails, e.g. "Enrollment Health <eh@example.com>". */
  SMTP_FROM: z.string().trim().min(3).optional(),
});

export const EnvSchema = EnvObject.superRefine((e, ctx) => {
  const oidc = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean))
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none of them" });
});
export type Env = z.infer<typeof EnvSchema>;

/** One line per problem, naming the variable: what the start command prints before it exits. */
export function describeEnvError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
}
