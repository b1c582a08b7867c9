// First-run setup on an empty database of its own: it creates exactly one admin, even when two
// people submit the form at the same moment, and is closed afterwards.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createFirstAdmin } from "@/lib/services/users/setup";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";

let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
let client: PrismaClient;

beforeAll(async () => {
  database = await createMigratedDatabase("eh_it_setup");
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
}, 120_000);
afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

const input = (who: string) => ({ name: who, email: `${who}@first.example`, password: "correct horse battery", confirm: "correct horse battery" });

describe("first-run setup", () => {
  it("creates one admin with a password, audited, even when two race; then refuses", async () => {
    const results = await Promise.allSettled([createFirstAdmin({ db: client, request: { requestId: "a" }, input: input("ada") }), createFirstAdmin({ db: client, request: { requestId: "b" }, input: input("bob") })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { reason: "setup_done" } });
    const users = await client.user.findMany({ include: { accounts: true } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "ADMIN", emailVerified: true });
    expect(users[0]!.accounts[0]).toMatchObject({ providerId: "credential", accountId: users[0]!.id });
    expect(users[0]!.accounts[0]!.password).not.toContain("correct horse");
    expect(await client.auditEvent.findFirst({ where: { action: "user.create", targetId: users[0]!.id } })).toMatchObject({ summary: { via: "setup", role: "ADMIN" } });
    await expect(createFirstAdmin({ db: client, request: { requestId: "c" }, input: input("cy") })).rejects.toMatchObject({ reason: "setup_done" });
  });
});
