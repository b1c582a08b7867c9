import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db, type Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export type Health =
  | { status: "ok"; database: "postgres" | "embedded"; migrations: "up-to-date" }
  | { status: "error"; database: "postgres" | "embedded"; reason: string };

let expected: Promise<string[]> | undefined;
/** Migration folder names shipped with this build (read once). */
function expectedMigrations(): Promise<string[]> {
  expected ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
  );
  return expected;
}

/** Database reachable and every shipped migration applied (none failed, none unknown). */
export async function checkHealth(db: Db, database: "postgres" | "embedded"): Promise<Health> {
  let applied: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    applied = await db.$queryRaw`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason = code === "P2010" || /does not exist/.test(String(e)) ? "migrations have not been applied (run npm run db:deploy)" : "database unreachable";
    return { status: "error", database, reason };
  }
  const done = new Set(applied.filter((m) => m.finished_at && !m.rolled_back_at).map((m) => m.migration_name));
  const failed = applied.filter((m) => !m.finished_at && !m.rolled_back_at).map((m) => m.migration_name);
  if (failed.length) return { status: "error", database, reason: `migration failed: ${failed.join(", ")}` };
  const pending = (await expectedMigrations()).filter((m) => !done.has(m));
  if (pending.length) return { status: "error", database, reason: `pending migrations: ${pending.join(", ")} (run npm run db:deploy)` };
  return { status: "ok", database, migrations: "up-to-date" };
}

/** Health of this server's own database. */
export async function getHealth(): Promise<Health> {
  return checkHealth(db(), env().EMBEDDED_DATABASE ? "embedded" : "postgres");
}
