// The action client's own rules, on actions defined here: tenant-scoped checks (seen with too low a
// role → forbidden; not seen → not found), input validation, and how errors reach the user.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { db } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { setRequest } from "@/lib/testing/request-scope";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-scope")).nextHeadersModule);

const runWizardAction = defineAction({ name: "runWizardAction", role: "OPERATOR", tenantScoped: true }, z.object({ tenantId: z.string(), step: z.enum(["start", "finish"]) }), async ({ ctx, input }) => ({
  actor: ctx.actor.label,
  tenantId: input.tenantId,
}));
const conflictAction = defineAction({ name: "conflictAction", role: "VIEWER" }, z.object({}), async () => {
  throw new ConflictError("already done", "already_revoked");
});
const crashAction = defineAction({ name: "crashAction", role: "VIEWER" }, z.object({}), async () => {
  throw new Error("connection to postgres://app:hunter2@db failed");
});

const fx = {} as { a: string; b: string; operator: string; operatorAsViewer: string; admin: string; operatorEmail: string };
beforeAll(async () => {
  const [a, b] = [await createTenant("Alpha"), await createTenant("Bravo")];
  const operator = await createPerson("OPERATOR", [a.id], "OPERATOR");
  const operatorAsViewer = await createPerson("OPERATOR", [a.id], "VIEWER");
  Object.assign(fx, { a: a.id, b: b.id, operatorEmail: operator.email, operator: await signIn(operator), operatorAsViewer: await signIn(operatorAsViewer), admin: await signIn(await createPerson("ADMIN")) });
});

async function as(cookie: string, input: unknown) {
  setRequest({ cookie });
  return runWizardAction(input as never);
}

describe("tenant-scoped actions", () => {
  it("run for an operator of the tenant, with their context", async () => {
    expect((await as(fx.operator, { tenantId: fx.a, step: "start" }))?.data).toEqual({ actor: fx.operatorEmail, tenantId: fx.a });
  });

  it("refuse someone who sees the tenant with too low a role (forbidden)", async () => {
    expect((await as(fx.operatorAsViewer, { tenantId: fx.a, step: "start" }))?.serverError?.code).toBe("forbidden");
  });

  it("answer 'not found' for a tenant the caller is not assigned to, and for one that does not exist", async () => {
    expect((await as(fx.operator, { tenantId: fx.b, step: "start" }))?.serverError?.code).toBe("not_found");
    expect((await as(fx.operator, { tenantId: "no-such-tenant", step: "start" }))?.serverError?.code).toBe("not_found");
  });

  it("let admins act on every tenant", async () => {
    expect((await as(fx.admin, { tenantId: fx.b, step: "finish" }))?.data).toMatchObject({ tenantId: fx.b });
  });

  it("check the tenant before validating the rest of the input, and require it", async () => {
    expect((await as(fx.operator, { tenantId: fx.b }))?.serverError?.code).toBe("not_found");
    expect((await as(fx.operator, { step: "start" }))?.serverError).toMatchObject({ code: "validation", fieldErrors: { tenantId: ["required"] } });
    expect((await as(fx.operator, { tenantId: fx.a, step: "sideways" }))?.validationErrors).toMatchObject({ fieldErrors: { step: expect.any(Array) } });
  });
});

describe("errors", () => {
  it("an expected error keeps its code and reason", async () => {
    setRequest({ cookie: fx.operator });
    expect((await conflictAction({}))?.serverError).toEqual({ code: "conflict", message: "already done", reason: "already_revoked" });
  });

  it("anything else becomes a generic message with a reference, and leaks nothing", async () => {
    setRequest({ cookie: fx.operator });
    const error = (await crashAction({}))?.serverError;
    expect(error).toMatchObject({ code: "internal", ref: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(JSON.stringify(error)).not.toMatch(/hunter2|postgres/);
  });

  it("a signed-in user refused for their role is audited as denied", async () => {
    const before = await db().auditEvent.count({ where: { action: "access.denied" } });
    setRequest({ cookie: fx.operatorAsViewer });
    const adminOnly = defineAction({ name: "adminOnlyAction", role: "ADMIN" }, z.object({}), async () => "never");
    expect((await adminOnly({}))?.serverError?.code).toBe("forbidden");
    expect(await db().auditEvent.count({ where: { action: "access.denied" } })).toBe(before + 1);
  });
});
