// Test databases: always on a local PostgreSQL, always fresh. Refuses anything that is not loopback,
// so a stray DATABASE_URL can never point the tests (which truncate tables) at a real database.
import pg from "pg";

export const TEST_ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
    throw new Error(`Refusing to run tests against a non-local database (${host}); tests use 127.0.0.1 only`);
}

/** Creates an empty database with a unique name and returns its URL. */
export async function createFreshDatabase(prefix: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  assertLocal(TEST_ADMIN_URL);
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: TEST_ADMIN_URL });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${new URL(TEST_ADMIN_URL).host} (${(e as Error).message}). Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(TEST_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: TEST_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
