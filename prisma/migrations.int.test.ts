import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const exec = promisify(execFile);
const prisma = (args: string[]) =>
  exec(process.execPath, [path.resolve(import.meta.dirname, "..", "scripts", "prisma.mjs"), ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  });

describe("migrations", () => {
  it("schema.prisma and prisma/migrations agree (no drift)", async () => {
    // Fails with exit code 2 when the schema has changes no migration carries.
    const { stdout } = await prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"]);
    expect(stdout).toMatch(/No difference detected/);
  });

  it("every migration is applied to the test database", async () => {
    const { stdout } = await prisma(["migrate", "status"]);
    expect(stdout).toMatch(/Database schema is up to date/);
  });
});
