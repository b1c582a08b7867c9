// `npm run audit:verify` on a database of its own: it passes an intact log, and after a superuser
// disables the append-only trigger and edits or deletes a row, it names the broken event.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAudit } from "@/lib/server/audit";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";

const ROOT = path.resolve(import.meta.dirname, "..");
let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
let client: PrismaClient;

async function verify(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/audit-verify.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, timeout: 60_000 });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

/** Runs SQL with the append-only trigger switched off, as only a superuser could. */
async function tamper(sql: string) {
  await client.$transaction([
    client.$executeRawUnsafe(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`),
    client.$executeRawUnsafe(sql),
    client.$executeRawUnsafe(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`),
  ]);
}

beforeAll(async () => {
  database = await createMigratedDatabase("eh_it_audit");
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  for (let i = 1; i <= 6; i++)
    await client.$transaction((tx) => appendAudit(tx, { actor: { type: "user", id: "u1", label: "ada@example.com", role: "OPERATOR" }, requestId: `r${i}`, sourceIp: "192.0.2.1" }, { action: "token.reveal", tenantId: "t1", targetType: "token", targetId: `tok${i}`, summary: { kind: "AUTH" } }));
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

describe("npm run audit:verify", () => {
  it("passes an intact log and prints the count and head hash", async () => {
    const r = await verify();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Audit log intact: 6 events verified .* head hash [0-9a-f]{64}/);
  });

  it("names the event whose row was edited", async () => {
    const [third] = await client.$queryRaw<{ id: bigint }[]>`SELECT id FROM audit_event ORDER BY id OFFSET 2 LIMIT 1`;
    await tamper(`UPDATE audit_event SET actor_label = 'mallory@example.com' WHERE id = ${third!.id}`);
    const r = await verify();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`broken at event #${third!.id}`);
    expect(r.out).toMatch(/changed after it was written/);
  });

  it("names the event after one that was deleted", async () => {
    const rows = await client.$queryRaw<{ id: bigint }[]>`SELECT id FROM audit_event ORDER BY id`;
    // Delete the first event: the chain breaks at the second, before the edited third.
    await tamper(`DELETE FROM audit_event WHERE id = ${rows[0]!.id}`);
    const r = await verify();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`broken at event #${rows[1]!.id}`);
    expect(r.out).toMatch(/does not follow the start of the log/);
  });
});
