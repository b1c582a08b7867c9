import "server-only";
// Read-only SQL on the per-request hot path (the session lookup of every page, the tenants and tokens
// behind every dashboard page's banner, the overview's counts and readiness), sent straight to the
// process's pool rather than through Prisma's `$queryRaw`. Prisma 7 runs each raw statement through
// its client engine (request pipeline, query interpreter, result mapping): ~0.5 ms of CPU per
// statement on the 2-core machine of issue 6, where the overview page sends four and /api/health one.
// Same pool, same connections, same SQL (Prisma.sql builds it, with its parameters); pg maps the
// types this app reads the way Prisma does (timestamptz → Date, int4 and int4[] → numbers, json →
// parsed), and sql.int.test.ts holds the two paths to the same rows.
//
// Only for the process's own client: a transaction client (or any other) keeps `$queryRaw`, so a
// read inside a transaction still sees that transaction's writes.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db as processDb, pgPool, type Db } from "@/lib/server/db";

/** The rows `query` returns, read on the pool when `client` is the process's client. */
export async function readRows<T extends object>(client: Pick<Db, "$queryRaw">, query: Prisma.Sql): Promise<T[]> {
  if (client !== processDb()) return client.$queryRaw<T[]>(query);
  return (await pgPool().query<T>(query.text, query.values)).rows;
}
