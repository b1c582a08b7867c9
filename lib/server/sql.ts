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
// Each statement is a named prepared statement, named by its text: a connection parses and plans it
// once, and afterwards only its parameters cross (the overview page's four statements are the same
// few texts on every request; their parsing and planning was PostgreSQL's larger share of them).
// DATABASE_PREPARED_STATEMENTS=0 turns that off for a PgBouncer in transaction mode that does not keep
// prepared statements across transactions (before 1.21, or without max_prepared_statements). Off on
// the embedded PGlite too: its one backend outlives the socket connections, so a reconnected client
// (pg forgets what it prepared) fails with "prepared statement … already exists".
//
// Only for the process's own client: a transaction client (or any other) keeps `$queryRaw`, so a
// read inside a transaction still sees that transaction's writes.
import { createHash } from "node:crypto";
import { BoundedMemo } from "@/lib/domain/bounded-memo";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db as processDb, pgPool, type Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

/** The rows `query` returns, read on the pool when `client` is the process's client. */
export async function readRows<T extends object>(client: Pick<Db, "$queryRaw">, query: Prisma.Sql): Promise<T[]> {
  if (client !== processDb()) return client.$queryRaw<T[]>(query);
  const { text, values } = query;
  const e = env();
  const name = e.DATABASE_PREPARED_STATEMENTS && !e.EMBEDDED_DATABASE ? statementName(text) : undefined;
  return (await pgPool().query<T>({ name, text, values })).rows;
}

/** Texts seen, and their names: a handful in practice (each query has one text per kind of actor); forgetting one costs a digest. */
const names = new BoundedMemo<string, string>(1000);

/**
 * The statement's name: a digest of its text, so one name never stands for two texts (pg refuses
 * that on a connection) and every connection of the pool prepares a text under the same name.
 */
export function statementName(text: string): string {
  return names.get(text, () => `eh_${createHash("sha256").update(text).digest("base64url").slice(0, 32)}`);
}
