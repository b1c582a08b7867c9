// The one authorization layer, proven for EVERY server action and route handler there is. The
// files are found on disk ("use server" files; app/**/route.ts), so a new action or route is
// covered the day it is added: an export that skips the layer fails "is registered", and every
// registered one must refuse an anonymous caller, a disabled account and each role below its own,
// and answer "not found" for a tenant the caller may not see.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { rolesBelow, type Role } from "@/lib/auth/roles";
import { actionMeta } from "@/lib/server/action-client";
import { systemContext } from "@/lib/server/context";
import { routeMeta } from "@/lib/server/route-handler";
import { createApiKey } from "@/lib/services/api-keys/create";
import { setUserDisabled } from "@/lib/services/users/set-disabled";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { setRequest } from "@/lib/testing/request-scope";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/request-scope")).nextCacheModule);

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Deliberately public, each for a reason (review any addition). */
const PUBLIC_ACTIONS: Record<string, string> = {
  setLocaleAction: "the sign-in page's language switch; only sets a cookie (and the caller's own setting when signed in)",
  setThemeAction: "the sign-in page's theme switch; only sets a cookie",
  createFirstAdminAction: "first-run setup; refuses once any user exists",
};
const PUBLIC_ROUTES: Record<string, string> = {
  "GET /api/health": "load balancer health check; reports no data",
  "GET /api/auth/[...all]": "Better Auth (sessions, SSO callback); does its own checks",
  "POST /api/auth/[...all]": "Better Auth (sign-in, sign-out); origin checks, rate limits, lockout",
  "POST /api/v1/what-if/enrollment": "stateless calculator over the request body; reads and stores nothing",
  "POST /api/v1/what-if/readiness": "stateless calculator over the request body; reads and stores nothing",
  "POST /api/v1/install-command/lint": "stateless linter over the request body; reads and stores nothing",
  "GET /api/calendar/feeds/[secret]": "iCalendar feed for calendar clients (no session): the secret in the path is the credential (hash lookup), the feed acts as its creator as they are now; 404 otherwise; rate-limited",
  "GET /api/v1/openapi.json": "the API's description, generated from the schemas; holds no data",
};

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === "node_modules" || e.name === "generated" ? [] : walk(path.join(dir, e.name))) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}

// Found synchronously at collection time (top-level await), so each file gets its own tests.
const sources = (await Promise.all(["app", "lib", "components"].map(walk))).flat().filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
const actionFiles: string[] = [];
for (const file of sources) if (/^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/\s*)*\s*["']use server["']/.test(await readFile(path.join(ROOT, file), "utf8"))) actionFiles.push(file);
const routeFiles = sources.filter((f) => f.startsWith("app/") && /\/route\.tsx?$/.test(f));

type Fx = { tenantA: string; tenantB: string; cookies: Record<Role, string>; disabledCookie: string; readKey: string; operatorKey: string };
const fx = {} as Fx;

beforeAll(async () => {
  const [a, b] = [await createTenant("Alpha"), await createTenant("Bravo")];
  fx.tenantA = a.id;
  fx.tenantB = b.id;
  // Each role's person is assigned to tenant A only (admins see everything anyway).
  const people = { VIEWER: await createPerson("VIEWER", [a.id]), OPERATOR: await createPerson("OPERATOR", [a.id]), ADMIN: await createPerson("ADMIN") };
  fx.cookies = { VIEWER: await signIn(people.VIEWER), OPERATOR: await signIn(people.OPERATOR), ADMIN: await signIn(people.ADMIN) };
  const disabled = await createPerson("ADMIN");
  fx.disabledCookie = await signIn(disabled);
  await setUserDisabled({ ctx: systemContext("test"), input: { userId: disabled.id, disabled: true } });
  const adminCtx = { ...systemContext("test"), actor: { type: "user" as const, id: people.ADMIN.id, label: people.ADMIN.email, role: "ADMIN" as const } };
  fx.readKey = (await createApiKey({ ctx: adminCtx, input: { name: "read", scope: "READ", expiresInDays: 1 } })).key;
  fx.operatorKey = (await createApiKey({ ctx: adminCtx, input: { name: "op", scope: "OPERATOR", expiresInDays: 1 } })).key;
});

it("finds the actions and route handlers (the scan itself works)", () => {
  expect(actionFiles).toEqual(expect.arrayContaining(["lib/actions/users.ts", "lib/actions/api-keys.ts", "lib/actions/preferences.ts"]));
  expect(routeFiles).toEqual(expect.arrayContaining(["app/api/audit/export/route.ts", "app/api/v1/tenants/[tenantId]/route.ts"]));
});

type AnyAction = (input: unknown) => Promise<{ serverError?: { code: string }; data?: unknown; validationErrors?: unknown } | undefined>;
type AnyRoute = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Imported at collection time, so every action and every handler gets tests of its own.
const actions: { file: string; name: string; fn: AnyAction }[] = [];
for (const file of actionFiles)
  for (const [name, fn] of Object.entries((await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, AnyAction>)) actions.push({ file, name, fn });
const routes: { file: string; method: string; fn: AnyRoute }[] = [];
for (const file of routeFiles) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, AnyRoute>;
  const methods = HTTP_METHODS.filter((m) => m in mod);
  if (methods.length === 0) routes.push({ file, method: "(none)", fn: undefined as unknown as AnyRoute });
  for (const method of methods) routes.push({ file, method, fn: mod[method]! });
}

async function callAction(fn: AnyAction, cookie: string | null, input: unknown) {
  setRequest({ cookie });
  return fn(input);
}

describe("server actions", () => {
  it.each(actions)("$file: $name goes through the action client, under its own name", ({ name, fn }) => {
    const meta = actionMeta(fn);
    expect(meta, `${name} does not go through lib/server/action-client.ts`).toBeDefined();
    expect(meta!.name).toBe(name);
    if (meta!.role === null) expect(PUBLIC_ACTIONS, `${name} is public: add it to PUBLIC_ACTIONS with the reason, after review`).toHaveProperty(name);
    expect(meta!.tenantScoped && meta!.role === "ADMIN", `${name}: admins see every tenant; a tenant-scoped action needs a lower role`).toBe(false);
  });

  const guarded = actions.filter((a) => actionMeta(a.fn)?.role);
  it.each(guarded)("$name refuses anonymous callers, disabled accounts and every role below its own", async ({ name, fn }) => {
    const meta = actionMeta(fn)!;
    const input = meta.tenantScoped ? { tenantId: fx.tenantA } : {};
    expect((await callAction(fn, null, input))?.serverError?.code, `${name} anonymous`).toBe("unauthorized");
    expect((await callAction(fn, fx.disabledCookie, input))?.serverError?.code, `${name} disabled`).toBe("unauthorized");
    for (const role of rolesBelow(meta.role!)) expect((await callAction(fn, fx.cookies[role], input))?.serverError?.code, `${name} as ${role}`).toBe("forbidden");
  });

  const tenantScoped = guarded.filter((a) => actionMeta(a.fn)?.tenantScoped);
  if (tenantScoped.length)
    it.each(tenantScoped)("$name answers 'not found' for another tenant's id", async ({ name, fn }) => {
      const meta = actionMeta(fn)!;
      expect((await callAction(fn, fx.cookies[meta.role!], { tenantId: fx.tenantB }))?.serverError?.code, `${name} on tenant B`).toBe("not_found");
    });
});

function requestFor(file: string, method: string, params: Record<string, string>, headers: Record<string, string>) {
  const route = file.replace(/^app/, "").replace(/\/route\.tsx?$/, "").replace(/\/\([^)]+\)/g, "");
  const url = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, p: string) => params[p] ?? "x");
  return new Request(`http://localhost:3000${url}`, { method, headers: { origin: "http://localhost:3000", ...headers }, body: method === "GET" ? undefined : "{}" });
}

describe("route handlers", () => {
  it.each(routes)("$file: $method goes through the route wrapper", ({ file, method, fn }) => {
    expect(method, `${file} exports no handler`).not.toBe("(none)");
    const meta = routeMeta(fn);
    expect(meta, `${file}: ${method} does not go through lib/server/route-handler.ts (apiRoute or publicRoute)`).toBeDefined();
    if (meta!.role === null) expect(PUBLIC_ROUTES, `${meta!.name} is public: add it to PUBLIC_ROUTES with the reason, after review`).toHaveProperty(meta!.name);
  });

  const guarded = routes.filter((r) => routeMeta(r.fn)?.role);
  it.each(guarded)("$file: $method refuses anonymous callers, bad keys, disabled accounts and lower roles", async ({ file, method, fn }) => {
    const meta = routeMeta(fn)!;
    const own = meta.tenantParam ? { [meta.tenantParam]: fx.tenantA } : {};
    const call = (headers: Record<string, string>) => fn(requestFor(file, method, own, headers), { params: Promise.resolve(own) });
    expect((await call({})).status, "anonymous").toBe(401);
    expect((await call({ cookie: fx.disabledCookie })).status, "disabled").toBe(401);
    expect((await call({ authorization: "Bearer ehk_not-a-real-key-0000000000000000000000000000" })).status, "bad key").toBe(401);
    for (const role of rolesBelow(meta.role!)) expect((await call({ cookie: fx.cookies[role] })).status, `as ${role}`).toBe(403);
    if (meta.accepts === "session-or-api-key" && meta.role !== "VIEWER") expect((await call({ authorization: `Bearer ${fx.readKey}` })).status, "read-only key").toBe(403);
    if (meta.accepts === "session") expect((await call({ authorization: `Bearer ${fx.operatorKey}` })).status, "API keys are not accepted").toBe(401);
  });

  const tenantScoped = guarded.filter((r) => routeMeta(r.fn)?.tenantParam);
  if (tenantScoped.length)
    it.each(tenantScoped)("$file: $method answers 404 for another tenant's id and serves the caller's own", async ({ file, method, fn }) => {
      const meta = routeMeta(fn)!;
      const call = (tenantId: string) => {
        const params = { [meta.tenantParam!]: tenantId };
        return fn(requestFor(file, method, params, { cookie: fx.cookies[meta.role!] }), { params: Promise.resolve(params) });
      };
      expect((await call(fx.tenantB)).status).toBe(404);
      // Past the authorization layer: served, or refused by the route's own input validation (400),
      // e.g. the device import without its CSV body.
      expect([200, 400]).toContain((await call(fx.tenantA)).status);
    });
});
