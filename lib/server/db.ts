import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requiredEnv } from "@/lib/server/env";

export type Db = PrismaClient;

// One client per process (kept on globalThis so dev-mode reloads do not open new pools).
// On the embedded PGlite the pool must be 1: all sockets share one backend (STACK.md).
const holder = globalThis as unknown as { __ehDb?: PrismaClient };

/** The process-wide Prisma client. */
export function db(): PrismaClient {
  if (holder.__ehDb) return holder.__ehDb;
  const e = requiredEnv();
  const max = e.EMBEDDED_DATABASE ? 1 : e.DATABASE_POOL_MAX;
  holder.__ehDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: e.DATABASE_URL, max }) });
  return holder.__ehDb;
}
