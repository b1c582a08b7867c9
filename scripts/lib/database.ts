import pg from "pg";
import { StartupError } from "./startup-error";

/** Connects once (5 s timeout) so an unreachable or misspelt DATABASE_URL fails with one clear line. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const where = (() => {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  })();
  try {
    await client.connect();
    await client.query("select 1");
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: string };
    const fix =
      err.code === "3D000"
        ? "create the database first (createdb), or point DATABASE_URL at an existing one"
        : err.code === "28P01" || err.code === "28000"
          ? "check the user name and password in DATABASE_URL"
          : "check that PostgreSQL is running and DATABASE_URL's host and port are right, or unset DATABASE_URL to use the embedded database";
    throw new StartupError(`cannot connect to the database at ${where} (${err.code ?? err.message})`, fix);
  } finally {
    await client.end().catch(() => {});
  }
}
