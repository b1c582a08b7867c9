// A fresh, migrated database of its own, for a test that must see no other test's rows.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createFreshDatabase } from "./local-database";

export async function createMigratedDatabase(prefix: string) {
  const db = await createFreshDatabase(prefix);
  await promisify(execFile)(process.execPath, [path.resolve(import.meta.dirname, "..", "..", "scripts", "prisma.mjs"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: db.url },
  });
  return db;
}
