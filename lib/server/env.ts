import "server-only";
// The only reader of process.env in the app (ESLint enforces it). Validated once, on first use and at
// boot (instrumentation.ts), so a bad configuration stops the server before it serves anything.
import { EnvSchema, describeEnvError, type Env } from "@/lib/config/env-schema";

let cached: Env | undefined;

/** The validated environment; throws one readable line per problem. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: ${describeEnvError(parsed.error)}`);
  if (!parsed.data.DATABASE_URL) throw new Error("Invalid environment: DATABASE_URL is not set (start the app with `npm start`, which provides the embedded database)");
  if (!parsed.data.ENCRYPTION_KEY) throw new Error("Invalid environment: ENCRYPTION_KEY is not set (32 bytes, base64: openssl rand -base64 32)");
  cached = parsed.data;
  return cached;
}

/** The environment with the variables the server cannot run without, narrowed. */
export function requiredEnv(): Env & { DATABASE_URL: string; ENCRYPTION_KEY: string } {
  return env() as Env & { DATABASE_URL: string; ENCRYPTION_KEY: string };
}
