import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requiredEnv } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";

export type Db = PrismaClient;

// One pool and one client per process (kept on globalThis so dev-mode reloads do not open new pools).
// The job queue (lib/jobs) runs its SQL on the same pool: on the embedded PGlite the pool must be 1,
// since all sockets share one backend and two pools would interleave transactions (STACK.md).
const holder = globalThis as unknown as { __ehDb?: PrismaClient; __ehPool?: pg.Pool };

/** The process-wide connection pool (Prisma's and the job queue's). */
export function pgPool(): pg.Pool {
  if (holder.__ehPool) return holder.__ehPool;
  const e = requiredEnv();
  const max = e.EMBEDDED_DATABASE ? 1 : e.DATABASE_POOL_MAX;
  const pool = new pg.Pool({ connectionString: e.DATABASE_URL, max });
  // An idle connection dropped by the server (PostgreSQL restarting, a failover) must not take the
  // process down: the pool discards it and the next query opens a new one.
  pool.on("error", (error) => logger.warn({ err: error.message }, "database connection lost; it will be reopened"));
  holder.__ehPool = pool;
  return pool;
}

/** The process-wide Prisma client. */
export function db(): PrismaClient {
  if (holder.__ehDb) return holder.__ehDb;
  // Under load (hundreds of requests on a pool of 10) a transaction may wait its turn for a
  // connection: 10 s rather than Prisma's 2 s before it gives up (P2028).
  holder.__ehDb = new PrismaClient({ adapter: new PrismaPg(pgPool()), transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
  return holder.__ehDb;
}
