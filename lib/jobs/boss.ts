import "server-only";
// The process's pg-boss instance, on the app's own PostgreSQL and its own connection pool (the
// `db` option), in the `pgboss` schema that pg-boss creates and migrates itself on start.
import PgBoss from "pg-boss";
import { pgPool } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";

const holder = globalThis as unknown as { __ehBoss?: Promise<PgBoss> };

export const BOSS_SCHEMA = "pgboss";

async function create(): Promise<PgBoss> {
  const pool = pgPool();
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: BOSS_SCHEMA,
    // Maintenance (expiry, archiving) and cron scheduling run in every server process; pg-boss
    // coordinates them through the database, so several instances do not double up.
    supervise: true,
    schedule: true,
  });
  boss.on("error", (error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "job queue error"));
  await boss.start();
  return boss;
}

/** The started pg-boss instance (started once per process). */
export function getBoss(): Promise<PgBoss> {
  holder.__ehBoss ??= create().catch((error: unknown) => {
    holder.__ehBoss = undefined;
    throw error;
  });
  return holder.__ehBoss;
}

/** Stops pg-boss (tests, shutdown); waits for running jobs up to `timeoutMs`. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const pending = holder.__ehBoss;
  holder.__ehBoss = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
}
