// readRows (lib/server/sql.ts) sends the hot path's reads to the pool instead of Prisma's `$queryRaw`:
// on a real PostgreSQL, the two must return the same rows for every type those reads use, and a read
// inside a transaction must still go through the transaction.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { readRows, statementName } from "@/lib/server/sql";
import { createTenant } from "@/lib/testing/people";

describe("readRows", () => {
  it("returns what $queryRaw returns: timestamps, int arrays, JSON, NULLs, enums as text, counts, parameters of each kind", async () => {
    const tenant = await createTenant("Sql");
    await db().tenant.update({ where: { id: tenant.id }, data: { seState: "ENFORCED", thresholdsDays: [30, 14, 7, 1], nextRotationAt: new Date("2027-01-02T03:04:05.678Z") } });
    const at = new Date("2026-12-03T10:20:30.456Z");
    const query = Prisma.sql`
      SELECT t.id, t.name, t.region, t.se_state::text AS "seState", t.thresholds_days AS "thresholdsDays",
             t.next_rotation_at AS "nextRotationAt", t.multi_token AS "multiToken",
             json_build_object('id', t.id, 'list', json_build_array(1, 'two', NULL), 'nested', json_build_object('ok', true)) AS doc,
             (SELECT count(*)::int FROM tenant x WHERE x.id = t.id) AS n,
             ${at}::timestamptz AS "paramAt",
             ${[tenant.id, "other"]}::text[] AS ids,
             ${"it's"} AS quoted,
             row_number() OVER (ORDER BY t.id)::int AS rn
      FROM tenant t WHERE t.id = ANY(${[tenant.id]})`;
    const viaPrisma = await db().$queryRaw<object[]>(query);
    const viaPool = await readRows<object>(db(), query);
    expect(viaPool).toEqual(viaPrisma);
    expect(viaPool).toEqual([
      {
        id: tenant.id,
        name: tenant.name,
        region: null,
        seState: "ENFORCED",
        thresholdsDays: [30, 14, 7, 1],
        nextRotationAt: new Date("2027-01-02T03:04:05.678Z"),
        multiToken: false,
        doc: { id: tenant.id, list: [1, "two", null], nested: { ok: true } },
        n: 1,
        paramAt: at,
        ids: [tenant.id, "other"],
        quoted: "it's",
        rn: 1,
      },
    ]);
  });

  it("reads inside a transaction through the transaction (its own uncommitted writes), never beside it", async () => {
    const slug = `sql-tx-${Date.now()}`;
    const find = Prisma.sql`SELECT slug FROM tenant WHERE slug = ${slug}`;
    const seen = await db().$transaction(async (tx) => {
      await tx.tenant.create({ data: { name: slug, slug, addonHost: `addon-${slug}.eu.goskope.com`, apiBaseUrl: `https://${slug}.goskope.com/api/v2` } });
      return { inside: await readRows<{ slug: string }>(tx, find), outside: await readRows<{ slug: string }>(db(), find) };
    });
    expect(seen.inside).toEqual([{ slug }]);
    expect(seen.outside).toEqual([]);
    expect(await readRows(db(), find)).toEqual([{ slug }]);
  });

  it("fails on bad SQL as loudly as $queryRaw (nothing swallowed)", async () => {
    await expect(readRows(db(), Prisma.sql`SELECT no_such_column FROM tenant`)).rejects.toThrow(/no_such_column/);
    // Again: a statement that failed to prepare is not taken for prepared on its connection.
    await expect(readRows(db(), Prisma.sql`SELECT no_such_column FROM tenant`)).rejects.toThrow(/no_such_column/);
  });

  it("runs as a prepared statement named by its text", async () => {
    // While a prepared statement runs, its session lists it in pg_prepared_statements; an unnamed one is not listed.
    const probe = (name: string) => Prisma.sql`SELECT name, statement FROM pg_prepared_statements WHERE name = ${name}`;
    const name = statementName(probe("").text);
    expect(await readRows(db(), probe(name))).toEqual([{ name, statement: probe("").text }]);
  });

  it("binds each call's own parameters to the prepared statement", async () => {
    const a = await createTenant("Sql prepared A");
    const b = await createTenant("Sql prepared B");
    const find = (id: string) => Prisma.sql`SELECT name FROM tenant WHERE id = ${id}`;
    // Alternating, more often than the pool has connections, so connections reuse the statement they prepared.
    const seen = await Promise.all(Array.from({ length: 30 }, (_, i) => readRows<{ name: string }>(db(), find(i % 2 ? b.id : a.id))));
    expect(seen.map((rows) => rows[0]?.name)).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? b.name : a.name)));
  });

  it("names a text the same way every time, and two texts apart, within PostgreSQL's 63-character names", () => {
    const one = statementName("SELECT 1");
    expect(statementName("SELECT 1")).toBe(one);
    expect(statementName("SELECT 2")).not.toBe(one);
    expect(one).toMatch(/^eh_[A-Za-z0-9_-]{32}$/);
    // Past the bound of remembered names, a name stays the digest of its text.
    for (let i = 0; i < 1100; i++) statementName(`SELECT ${i + 10}`);
    expect(statementName("SELECT 1")).toBe(one);
  });
});
