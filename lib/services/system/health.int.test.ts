import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createFreshDatabase } from "@/lib/testing/local-database";
import { checkHealth } from "./health";

const clients: PrismaClient[] = [];
const client = (url: string) => {
  const c = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  clients.push(c);
  return c;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

describe("health", () => {
  it("is ok on a migrated database", async () => {
    expect(await checkHealth(client(inject("databaseUrl")), "postgres")).toEqual({ status: "ok", database: "postgres", migrations: "up-to-date" });
  });

  it("names the problem on a database without migrations", async () => {
    const empty = await createFreshDatabase("eh_it_empty");
    try {
      const h = await checkHealth(client(empty.url), "postgres");
      expect(h).toMatchObject({ status: "error", reason: expect.stringMatching(/migrations have not been applied/) });
    } finally {
      await clients.pop()!.$disconnect();
      await empty.drop();
    }
  });

  it("reports a pending migration", async () => {
    const c = client(inject("databaseUrl"));
    const [last] = await c.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations ORDER BY started_at DESC LIMIT 1`;
    await c.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${last!.migration_name}`;
    try {
      expect(await checkHealth(c, "postgres")).toMatchObject({ status: "error", reason: expect.stringContaining(`pending migrations: ${last!.migration_name}`) });
    } finally {
      await c.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${last!.migration_name}`;
    }
  });
});
