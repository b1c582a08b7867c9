// The audit page's queries and the CSV export route: filters, keyset paging, and an export that is
// itself audited.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/audit/export/route";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { parseAuditFilter } from "@/lib/services/audit/filter";
import { listAuditEvents } from "@/lib/services/audit/list";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-scope")).nextHeadersModule);

const marker = `page-${Date.now()}`;
let admin: ServiceContext;
let cookie: string;
let tenantId: string;

beforeAll(async () => {
  const a = await createPerson("ADMIN");
  admin = { ...systemContext(), actor: { type: "user", id: a.id, label: a.email, role: "ADMIN" } };
  cookie = await signIn(a);
  tenantId = (await createTenant("Audit")).id;
  const actor = { type: "user" as const, id: "u-csv", label: `=cmd|${marker}@test.example`, role: "OPERATOR" as const };
  for (let i = 0; i < 7; i++) await recordAudit({ db: db(), actor, requestId: `r${i}` }, { action: i % 2 ? "token.reveal" : "token.copy", tenantId: i < 4 ? tenantId : null, summary: { i } });
});

describe("audit page queries", () => {
  it("filters by actor, action, tenant and date", async () => {
    const byActor = await listAuditEvents({ ctx: admin, filter: { actor: marker.toUpperCase() } });
    expect(byActor.events).toHaveLength(7);
    expect((await listAuditEvents({ ctx: admin, filter: { actor: marker, action: "token.reveal" } })).events).toHaveLength(3);
    expect((await listAuditEvents({ ctx: admin, filter: { actor: marker, action: "token." } })).events).toHaveLength(7);
    expect((await listAuditEvents({ ctx: admin, filter: { actor: marker, tenant: tenantId } })).events).toHaveLength(4);
    expect((await listAuditEvents({ ctx: admin, filter: { actor: marker, to: "2000-01-01" } })).events).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents({ ctx: admin, filter: { actor: marker, from: today, to: today } })).events).toHaveLength(7);
  });

  it("pages newest first, both ways, without gaps or repeats", async () => {
    const filter = { actor: marker };
    const first = await listAuditEvents({ ctx: admin, filter, take: 3 });
    const second = await listAuditEvents({ ctx: admin, filter, take: 3, before: first.olderCursor! });
    const third = await listAuditEvents({ ctx: admin, filter, take: 3, before: second.olderCursor! });
    const ids = [...first.events, ...second.events, ...third.events].map((e) => e.id);
    expect(ids).toHaveLength(7);
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    expect(third.olderCursor).toBeNull();
    const back = await listAuditEvents({ ctx: admin, filter, take: 3, after: second.newerCursor! });
    expect(back.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(first.newerCursor).toBeNull();
  });

  it("drops invalid filter values instead of failing", () => {
    expect(parseAuditFilter(new URLSearchParams("actor=ada&from=yesterday&outcome=maybe&to=2026-01-31"))).toEqual({ actor: "ada", to: "2026-01-31" });
  });
});

describe("CSV export", () => {
  it("exports the filtered events with formula-safe cells, and audits the export", async () => {
    const res = await exportRoute(new Request(`http://localhost:3000/api/audit/export?actor=${marker}&action=token.copy`, { headers: { cookie, origin: "http://localhost:3000" } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actorType,actorLabel,tenantId,action,targetType,targetId,outcome,summary,requestId,sourceIp,hash");
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1]).toContain(`'=cmd|${marker}@test.example`);
    const exported = await db().auditEvent.findFirstOrThrow({ where: { action: "audit.export" }, orderBy: { id: "desc" } });
    expect(exported.summary).toMatchObject({ filter: { actor: marker, action: "token.copy" } });
  });
});
