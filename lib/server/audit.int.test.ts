// The audit log on a real PostgreSQL: concurrent writers cannot fork the chain, the table rejects
// changes and removals, secrets never reach it, and a change fails when its event cannot be written.
import { afterEach, describe, expect, it } from "vitest";
import { verifyAuditLog } from "@/lib/audit/verify-batches";
import { audited, recordAudit } from "@/lib/server/audit";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";

const ctx = () => systemContext("audit-test");
const verifyAll = () => verifyAuditLog((after, size) => db().auditEvent.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: size }));

afterEach(async () => {
  await db().$executeRawUnsafe(`ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS audit_write_fails`);
});

describe("audit log", () => {
  it("serializes concurrent writers into one chain (no two events share a predecessor)", async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => recordAudit(ctx(), { action: "test.concurrent", summary: { i } })));
    const report = await verifyAll();
    expect(report).toMatchObject({ ok: true });
    const dupes = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1) d`;
    expect(Number(dupes[0]!.n)).toBe(0);
  });

  it("rejects UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await recordAudit(ctx(), { action: "test.immutable" });
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(db().auditEvent.update({ where: { id: last.id }, data: { action: "test.rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.delete({ where: { id: last.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    expect((await db().auditEvent.findUniqueOrThrow({ where: { id: last.id } })).action).toBe("test.immutable");
  });

  it("masks secrets in summaries", async () => {
    await recordAudit(ctx(), { action: "test.redact", summary: { apiToken: "tok-123456", clientSecret: "cs-123456", command: "msiexec token=ORGKEY enrollauthtoken=SECRET1 /qn", name: "visible" } });
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const text = JSON.stringify(last.summary);
    for (const secret of ["tok-123456", "cs-123456", "ORGKEY", "SECRET1"]) expect(text).not.toContain(secret);
    expect(last.summary).toMatchObject({ name: "visible" });
    expect(await verifyAll()).toMatchObject({ ok: true });
  });

  it("fails closed: the change is rolled back when its event cannot be written", async () => {
    await db().$executeRawUnsafe(`ALTER TABLE audit_event ADD CONSTRAINT audit_write_fails CHECK (action <> 'test.blocked') NOT VALID`);
    const key = `audit-test-${Date.now()}`;
    await expect(audited(ctx(), { action: "test.blocked" }, (tx) => tx.appSetting.create({ data: { key, value: 1 } }))).rejects.toThrow();
    expect(await db().appSetting.findUnique({ where: { key } })).toBeNull();
    await expect(recordAudit(ctx(), { action: "test.blocked" })).rejects.toThrow();
  });

  it("commits the change and its event together", async () => {
    const key = `audit-test-ok-${Date.now()}`;
    await audited(ctx(), (row: { key: string }) => ({ action: "test.setting", targetType: "app-setting", targetId: row.key }), (tx) => tx.appSetting.create({ data: { key, value: 2 } }));
    expect(await db().appSetting.findUnique({ where: { key } })).not.toBeNull();
    expect(await db().auditEvent.findFirst({ where: { action: "test.setting", targetId: key } })).not.toBeNull();
  });
});
