import "server-only";
// The only reader of process.env in the app (ESLint enforces it). Validated once, on first use and at
// boot (instrumentation.ts), so a bad configuration stops the server before it serves anything.
import { EnvSchema, describeEnvError, type Env } from "@/lib/config/env-schema";
import { deriveSecret } from "@/lib/crypto/secret-box";

let cached: Env | undefined;

/** The validated environment; throws one readable line per problem. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: ${describeEnvError(parsed.error)}`);
  if (!parsed.data.DATABASE_URL) throw new Error("Invalid environment: DATABASE_URL is not set (start the app with `npm start`, which provides the embedded database)");
  if (!parsed.data.ENCRYPTION_KEY) throw new Error("Invalid environment: ENCRYPTION_KEY is not set (32 bytes, base64: openssl rand -base64 32)");
  // A real deployment gets its own session-signing secret, so rotating ENCRYPTION_KEY does not also
  // sign everyone out and one leaked value does not give away both.
  if (parsed.data.NODE_ENV === "production" && !parsed.data.DEMO_MODE && !parsed.data.BETTER_AUTH_SECRET)
    throw new Error("Invalid environment: BETTER_AUTH_SECRET is not set (at least 32 random characters: openssl rand -base64 32)");
  cached = parsed.data;
  return cached;
}

/** The environment with the variables the server cannot run without, narrowed. */
export function requiredEnv(): Env & { DATABASE_URL: string; ENCRYPTION_KEY: string } {
  return env() as Env & { DATABASE_URL: string; ENCRYPTION_KEY: string };
}

/** The secret that signs session cookies: BETTER_AUTH_SECRET, else derived from ENCRYPTION_KEY (demo, dev, tests). */
export function authSecret(): string {
  const e = requiredEnv();
  return e.BETTER_AUTH_SECRET ?? deriveSecret(e.ENCRYPTION_KEY, "better-auth/v1");
}
