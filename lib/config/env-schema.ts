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

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the start command runs the embedded PGlite database and sets this itself. */
  DATABASE_URL: postgresUrl.optional(),
  SHADOW_DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Set by the start command when DATABASE_URL points at the embedded PGlite server. */
  EMBEDDED_DATABASE: flag,
  DEMO_MODE: flag,
  ENCRYPTION_KEY: EncryptionKey.optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Base URL of the local vendor simulators (demo and tests only). */
  SIMULATOR_URL: z.url().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** One line per problem, naming the variable: what the start command prints before it exits. */
export function describeEnvError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`).join("; ");
}
