// The embedded default database: PGlite (PostgreSQL 17 compiled to WebAssembly) served over the
// PostgreSQL wire protocol on 127.0.0.1, with data under .data/. A second PGlite on port+1 is the
// shadow database for `prisma migrate dev` (PGlite ignores database names, STACK.md).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { StartupError } from "./startup-error";

export interface EmbeddedDb {
  url: string;
  shadowUrl: string;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 55432;

/** Opens (or creates) the data directories and serves both databases; one line of error on failure. */
export async function startEmbeddedDb(dataDir: string, port = DEFAULT_EMBEDDED_PORT): Promise<EmbeddedDb> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const mainDir = path.join(dataDir, "pglite");
  const shadowDir = path.join(dataDir, "pglite-shadow");
  let db: PGlite;
  let shadow: PGlite;
  try {
    // pg_trgm: the device table's text search indexes (migration device_search_and_sort_indexes).
    [db, shadow] = await Promise.all([PGlite.create(mainDir, { extensions: { pg_trgm } }), PGlite.create(shadowDir, { extensions: { pg_trgm } })]);
    await db.query("select 1");
  } catch (e) {
    throw new StartupError(
      `the embedded database in ${mainDir} could not be opened (${(e as Error).message || "damaged or from another version"})`,
      `move ${dataDir} aside, or delete it to start over with fresh demo data`,
    );
  }
  // maxConnections > 1 only lets several sockets connect; they share ONE backend, so every client
  // must keep a single connection (the app's pool is 1 on PGlite).
  const servers = [
    new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 }),
    new PGLiteSocketServer({ db: shadow, port: port + 1, host: "127.0.0.1", maxConnections: 100 }),
  ];
  try {
    for (const s of servers) await s.start();
  } catch (e) {
    await Promise.allSettled([...servers.map((s) => s.stop()), db.close(), shadow.close()]);
    throw new StartupError(`port ${port} or ${port + 1} for the embedded database is in use (${(e as Error).message})`, "stop the other process or set EMBEDDED_DB_PORT");
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    shadowUrl: `postgresql://postgres:postgres@127.0.0.1:${port + 1}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.allSettled(servers.map((s) => s.stop()));
      await Promise.allSettled([db.close(), shadow.close()]);
    },
  };
}
