// Integration tests: one fresh PostgreSQL database per run, migrated with the real Prisma CLI
// (through our wasm schema engine), dropped at the end. Tests read its URL from process.env.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "./lib/testing/local-database";
import { generateKeyBase64 } from "./lib/crypto/secret-box";

export default async function setup(project: TestProject) {
  const db = await createFreshDatabase("eh_it");
  execFileSync(process.execPath, [path.join(import.meta.dirname, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: db.url },
    stdio: "pipe",
  });
  process.env.DATABASE_URL = db.url;
  process.env.ENCRYPTION_KEY ??= generateKeyBase64();
  process.env.LOG_LEVEL ??= "silent";
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
