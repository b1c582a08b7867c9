// What the e2e web server (serve.ts) leaves for the tests: its database and data directory, and the
// demo admin's password the start command wrote there.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The demo admin, signed in once by e2e/auth.setup.ts; specs start from this storage state. */
export const ADMIN_STATE = "e2e/.auth/admin.json";
export const DEMO_ADMIN_EMAIL = "admin@demo.example";

export interface E2eState {
  databaseUrl: string;
  dataDir: string;
  /** the server's throwaway ENCRYPTION_KEY (e2e/secrets.spec.ts seeds ciphertext with it) */
  encryptionKey: string;
  /** everything the server printed (e2e/secrets.spec.ts searches it) */
  logFile: string;
}

export function e2eState(): E2eState {
  return JSON.parse(readFileSync(path.join(root, "test-results", ".e2e-state.json"), "utf8")) as E2eState;
}

export function demoAdminPassword(): string {
  return readFileSync(path.join(e2eState().dataDir, "demo-admin.txt"), "utf8").trim();
}

/** Runs SQL on the e2e database (fixtures the UI cannot make yet, e.g. tenants). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eState().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
