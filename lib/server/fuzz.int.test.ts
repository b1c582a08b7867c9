// Garbage in, nothing out: FUZZ_RUNS (1,000 in npm test, 10,000 in npm run test:resilience) fuzzed inputs spread over EVERY server action
// (every export of every "use server" file, called as an admin) and EVERY route handler method
// (app/**/route.ts), found on disk like lib/server/authorization.int.test.ts, so a new action or route
// is fuzzed the day it lands. The inputs are invalid by construction (wrong types, missing required
// fields, huge and odd strings, prototype-pollution keys, NaN, deep nesting, non-JSON bodies), so:
//   - no call may fail with a 500 or an "internal" error (an unexpected exception), and every action
//     call must be refused (validation, not found, …), never accepted;
//   - nothing may be written: every table's row count and checksum is the same before and after,
//     except for the bookkeeping listed in IGNORED below (each with its reason);
//   - Object.prototype is untouched.
// How an input is made invalid for an action nobody described to this test: each action is probed
// once with `{}` (and with a tenant id when it is tenant-scoped) before the baseline is taken; the
// fields its validation error names as required are the ones a fuzzed object always lacks at least
// one of. An action that accepts `{}` gets only non-objects.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actionMeta } from "@/lib/server/action-client";
import { routeMeta } from "@/lib/server/route-handler";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { setRequest } from "@/lib/testing/request-scope";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-scope")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/request-scope")).nextCacheModule);

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// npm test runs 1,000 (fast); npm run test:resilience runs the full 10,000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

/** Tables (schema.table) whose changes are deliberate bookkeeping of refused requests, not data. */
const IGNORED: Record<string, string> = {
  "public.rate_limit": "Better Auth counts every /api/auth request per address (its rate limiter's storage); counting refused requests is its job",
};
/** Audit events a fuzzed call may leave: refusals the product deliberately audits, and audited reads. */
function allowedAudit(row: { action: string; outcome: string }) {
  if (row.outcome !== "success") return true; // failed sign-ins, denied access: audited on purpose
  // The CSV exports (GET /api/audit/export, /api/devices/export) audit every export; unknown query
  // parameters leave a valid, read-only request.
  return row.action === "audit.export" || row.action === "devices.export";
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === "node_modules" || e.name === "generated" ? [] : walk(path.join(dir, e.name))) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}
const sources = (await Promise.all(["app", "lib", "components"].map(walk))).flat().filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
const actionFiles: string[] = [];
for (const file of sources) if (/^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/\s*)*\s*["']use server["']/.test(await readFile(path.join(ROOT, file), "utf8"))) actionFiles.push(file);
const routeFiles = sources.filter((f) => f.startsWith("app/") && /\/route\.tsx?$/.test(f));

type ActionResult = { serverError?: { code: string; fieldErrors?: Record<string, string[]> }; data?: unknown; validationErrors?: { fieldErrors?: Record<string, string[]> } } | undefined;
type AnyAction = (input: unknown) => Promise<ActionResult>;
type AnyRoute = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const actions: { file: string; name: string; fn: AnyAction }[] = [];
for (const file of actionFiles)
  for (const [name, fn] of Object.entries((await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, AnyAction>))
    if (typeof fn === "function" && actionMeta(fn)) actions.push({ file, name, fn });
const routes: { file: string; method: string; fn: AnyRoute; params: { name: string; catchAll: boolean }[] }[] = [];
for (const file of routeFiles) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, AnyRoute>;
  const params = [...file.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => ({ name: m[2]!, catchAll: !!m[1] }));
  for (const method of HTTP_METHODS) if (typeof mod[method] === "function") routes.push({ file, method, fn: mod[method], params });
}
const TARGETS = actions.length + routes.length;
/** Inputs sent at once per property run (the calls of one batch run concurrently; failures shrink to one input). */
// Kept small: five targets run at once (vitest's maxConcurrency), and more calls in flight than the
// pool's 10 connections tests the pool, not the inputs (see the report on "Unable to start a transaction").
const BATCH = Math.max(1, Number(process.env.FUZZ_BATCH ?? 2));
/** Per target; the whole run's duration depends on the machine (FUZZ_RUNS=1000 for a quick look). */
const TARGET_TIMEOUT = 15 * 60_000;
const PER_TARGET = Math.max(1, Math.ceil(RUNS / Math.max(1, TARGETS)));
const batches = (n: number) => Math.ceil(n / BATCH);
/** BATCH inputs for one property run (shrinking still narrows a failure down to its smallest input). */
const batch = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: BATCH, maxLength: BATCH });

// ---------------------------------------------------------------------------------------------
// The database, before and after: row count and an order-independent checksum of every table.
let client: pg.Client;
type Snapshot = Map<string, { rows: number; sum: string }>;
async function snapshot(): Promise<Snapshot> {
  const { rows: tables } = await client.query<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const q = (s: string, t: string) => `"${s.replace(/"/g, '""')}"."${t.replace(/"/g, '""')}"`;
  const sql = tables
    .map(({ s, t }, i) => `SELECT ${i} AS i, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS sum FROM ${q(s, t)} x`)
    .join(" UNION ALL ");
  const { rows } = await client.query<{ i: number; n: number; sum: string }>(sql);
  return new Map(rows.map((r) => [`${tables[r.i]!.s}.${tables[r.i]!.t}`, { rows: r.n, sum: r.sum }]));
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: values no schema of ours should accept where it matters.
const POLLUTION = ["__proto__", "constructor", "prototype", "__defineGetter__", "__lookupGetter__", "toString", "valueOf", "hasOwnProperty", "then", "toJSON"];
const ODD_STRINGS = [
  "", " ", "\u0000", "\u202e\u202d", "\uD800", "\uFEFF", "𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦", "日本語のテナント", "null", "undefined", "NaN", "-1", "1e309", "0x10", "{}", "[]", "true",
  "'; DROP TABLE tenant; --", "\" OR 1=1 --", "../../../etc/passwd", "%00", "%2e%2e%2f", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "javascript:alert(1)",
  "ADMIN", "OPERATOR", "VIEWER", "ja", "en", "dark", "light", "admin@demo.example", "a@b.co", "Bearer x", "ehk_0000",
];
const hugeString = fc.oneof(
  fc.integer({ min: 5_000, max: 300_000 }).map((n) => "A".repeat(n)),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => "日😀\u0301".repeat(n)),
);
const fuzzString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS, ...POLLUTION) },
  { weight: 1, arbitrary: hugeString },
);
const fuzzNumber = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53 + 2, Number.MIN_VALUE, 1e308, -1), fc.double(), fc.integer());
const leaf = fc.oneof(
  { weight: 4, arbitrary: fuzzString },
  { weight: 2, arbitrary: fuzzNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);
/** An object whose keys really are "__proto__" & co. (own properties, as JSON.parse makes them). */
const ownObject = (entries: [string, unknown][]) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};
const junkKey = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...POLLUTION) }, { weight: 3, arbitrary: fc.string({ maxLength: 16 }) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_STRINGS) });
const { value: fuzzValue } = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.array(fc.tuple(junkKey, tie("value")), { maxLength: 4 }).map(ownObject),
}));
const deepNest = fc.tuple(fc.integer({ min: 100, max: 3_000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});
const pollutionPayload = fc.constantFrom(
  () => JSON.parse('{"__proto__": {"polluted": "yes", "role": "ADMIN", "isAdmin": true}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  () => JSON.parse('[{"__proto__": {"polluted": "yes"}}]') as unknown,
).map((make) => make());
const exotic = fc.oneof(
  fc.array(fuzzValue, { maxLength: 3 }).map((a) => new Map(a.map((v, i) => [i, v]))),
  fc.array(fuzzValue, { maxLength: 3 }).map((a) => new Set(a)),
  fc.uint8Array({ maxLength: 64 }),
);
/** Anything but a plain object: no object schema accepts it. */
const nonObject = fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 2, arbitrary: fc.array(fuzzValue, { maxLength: 5 }) }, { weight: 1, arbitrary: deepNest.filter(Array.isArray) }, { weight: 1, arbitrary: exotic });

/** A fuzzed object lacking at least one of the action's required fields (so it is invalid whatever else it holds). */
function objectMissingOneOf(required: string[], tenantId: string) {
  return fc
    .tuple(
      fc.subarray(required, { maxLength: required.length - 1 }),
      fc.array(fc.tuple(junkKey.filter((k) => !required.includes(k)), fuzzValue), { maxLength: 5 }),
      fc.infiniteStream(fc.oneof(fuzzValue, fc.constant(tenantId))),
      fc.option(deepNest, { nil: undefined }),
    )
    .map(([present, junk, values, deep]) => {
      const it = values[Symbol.iterator]();
      const entries: [string, unknown][] = present.map((k) => [k, it.next().value]);
      if (deep !== undefined) junk.push(["nested", deep]);
      return ownObject([...junk, ...entries]);
    });
}

/** What zod's z.object() takes for an object: any non-null, non-array object (a Date, a Map, a Uint8Array…). */
const objectLike = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

function actionInput(required: string[], tenantId: string, acceptsUndefined: boolean) {
  // An action that accepts `{}` also accepts any object-like value: those are left out for it.
  const base = nonObject.filter((v) => !(acceptsUndefined && v === undefined) && (required.length > 0 || !objectLike(v)));
  // A required field is missing from every pollution payload too (none is named "__proto__" or "constructor").
  return required.length ? fc.oneof(base, objectMissingOneOf(required, tenantId), pollutionPayload) : fc.oneof(base, pollutionPayload.filter(Array.isArray));
}

const AUTH_PATHS = ["sign-in/email", "sign-in/social", "sign-in/oauth2", "sign-out", "sign-up/email", "get-session", "list-sessions", "revoke-session", "revoke-sessions", "update-user", "change-password", "change-email", "delete-user", "request-password-reset", "reset-password", "verify-email", "callback/oidc", "oauth2/callback/oidc", "ok", "error"];
const segment = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom(...ODD_STRINGS), fc.integer({ min: 200, max: 5_000 }).map((n) => "x".repeat(n)));
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });
const fuzzHeaders = fc.record(
  {
    "content-type": fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "*/*"),
    accept: fc.constantFrom("application/json", "text/csv", "*/*", "text/html"),
    "accept-language": fc.oneof(headerValue, fc.constantFrom("ja", "en", "zz", "*")),
    "x-forwarded-for": fc.oneof(fc.ipV4(), fc.ipV6(), headerValue),
    "x-request-id": headerValue,
    authorization: fc.oneof(headerValue.map((v) => `Bearer ${v}`), headerValue, fc.constant("Bearer ehk_0000000000000000000000000000000000000000")),
    "sec-fetch-site": fc.constantFrom("same-origin", "cross-site", "none", "same-site"),
    "x-custom": headerValue,
  },
  { requiredKeys: ["x-forwarded-for"] },
);
const jsonText = fc.oneof(
  fuzzValue.map((v) => {
    try {
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x)) ?? "null";
    } catch {
      return "{}";
    }
  }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  pollutionPayload.map((v) => JSON.stringify(v)),
  fc.constantFrom('{"__proto__": {"polluted": "yes"}}', '{"constructor": {"prototype": {"polluted": "yes"}}}', "{", '{"a":', "[".repeat(10_000), `${"[".repeat(5_000)}${"]".repeat(5_000)}`, "NaN", "undefined", "\uFEFF{}", "null", '""'),
);
const body = fc.oneof(
  { weight: 5, arbitrary: jsonText },
  { weight: 2, arbitrary: fuzzString },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom("from", "to", "tenantId", "actor", "action", "limit", "cursor", "page", "q", "__proto__", "constructor[prototype][polluted]", "format", "locale"), fc.string({ maxLength: 12 })), fc.oneof(fuzzString.filter((s) => s.length < 10_000), fuzzNumber.map(String))), { maxLength: 5 });

function routeRequest(file: string, method: string, params: Record<string, string | string[]>, qs: [string, string][], headers: Record<string, string>, payload: string | Uint8Array | undefined) {
  const route = file.replace(/^app/, "").replace(/\/route\.tsx?$/, "").replace(/\/\([^)]+\)/g, "");
  const url = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, p: string) => {
    const v = params[p];
    // A URL cannot carry a lone surrogate (encodeURIComponent throws): it arrives as U+FFFD, as in a browser.
    return (Array.isArray(v) ? v : [v ?? "x"]).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"))).join("/");
  });
  const search = new URLSearchParams(qs).toString();
  const hasBody = method !== "GET" && method !== "HEAD" && payload !== undefined;
  return new Request(`http://localhost:3000${url}${search ? `?${search}` : ""}`, { method, headers, body: hasBody ? (payload as BodyInit) : undefined });
}

// ---------------------------------------------------------------------------------------------
const fx = {} as { tenantId: string; probeTenantId: string; cookie: string; before: Snapshot; auditBefore: bigint };
const probes = new Map<string, { required: string[]; acceptsUndefined: boolean }>();
const accepted: string[] = [];
const stats = { actions: 0, routes: 0, byStatus: new Map<number, number>() };

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  fx.tenantId = (await createTenant("Fuzz")).id;
  fx.probeTenantId = (await createTenant("Probe")).id;
  fx.cookie = await signIn(await createPerson("ADMIN"));
  // One admin for every call (the request scope is shared by concurrent calls, so it never changes).
  setRequest({ cookie: fx.cookie });
  for (const { name, fn } of actions) {
    const fieldsOf = (r: ActionResult) => Object.keys(r?.validationErrors?.fieldErrors ?? (r?.serverError?.code === "validation" ? (r.serverError.fieldErrors ?? {}) : {}));
    const empty = await fn({}).catch(() => undefined);
    let required = fieldsOf(empty);
    if (actionMeta(fn)?.tenantScoped && required.includes("tenantId"))
      required = [...new Set(["tenantId", ...fieldsOf(await fn({ tenantId: fx.probeTenantId }).catch(() => undefined))])];
    const none = await fn(undefined).catch(() => undefined);
    probes.set(name, { required, acceptsUndefined: !!none && !none.serverError && !none.validationErrors });
  }
  fx.before = await snapshot();
  fx.auditBefore = BigInt((await client.query<{ max: string | null }>("SELECT max(id)::text AS max FROM audit_event")).rows[0]!.max ?? "0");
}, 120_000);

afterAll(async () => {
  await client?.end();
});

it("finds the actions and route handlers, and spreads the runs over all of them", () => {
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["createUserAction", "createApiKeyAction", "setLocaleAction"]));
  expect(routes.map((r) => `${r.method} ${r.file}`)).toEqual(expect.arrayContaining(["GET app/api/audit/export/route.ts", "POST app/api/auth/[...all]/route.ts"]));
  expect(PER_TARGET * TARGETS).toBeGreaterThanOrEqual(RUNS);
  console.log(`fuzz: ${RUNS} runs over ${actions.length} actions and ${routes.length} route methods (${PER_TARGET} each), seed ${SEED}`);
});

describe.concurrent("fuzzed inputs are refused cleanly", () => {
  it.each(actions)("action $name ($file)", async ({ name, fn }) => {
    const probe = probes.get(name)!;
    await fc.assert(
      fc.asyncProperty(batch(actionInput(probe.required, fx.tenantId, probe.acceptsUndefined)), async (inputs) => {
        await Promise.all(inputs.map((input) => callAction(name, fn, input)));
      }),
      { numRuns: batches(PER_TARGET), seed: SEED, endOnFailure: true },
    );
  }, TARGET_TIMEOUT);

  async function callAction(name: string, fn: AnyAction, input: unknown) {
    stats.actions++;
    let result: ActionResult;
    try {
      result = await fn(input);
    } catch (e) {
      throw new Error(`${name} threw instead of answering: ${(e as Error).message}`);
    }
    expect(result?.serverError?.code, `${name}: an unexpected error`).not.toBe("internal");
    const refused = !!result?.validationErrors || !!result?.serverError;
    if (!refused) accepted.push(name);
    expect(refused, `${name} accepted an invalid input`).toBe(true);
  }

  it.each(routes)("route $method $file", async ({ file, method, fn, params }) => {
    const meta = routeMeta(fn);
    // Better Auth acts for the cookie's holder: with the admin's cookie, POST /sign-out is a valid
    // request that (rightly) deletes a session. Its endpoints are fuzzed as an anonymous caller.
    const withCookie = !meta?.name.includes("/api/auth/");
    const paramArb = fc.record(
      Object.fromEntries(
        params.map((p) => [
          p.name,
          p.catchAll
            ? fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...AUTH_PATHS) }, { weight: 1, arbitrary: segment }), { minLength: 1, maxLength: 3 }).map((a) => a.join("/").split("/"))
            : p.name === meta?.tenantParam
              ? fc.oneof(fc.constant(fx.tenantId), segment)
              : segment,
        ]),
      ) as Record<string, fc.Arbitrary<string | string[]>>,
    );
    await fc.assert(
      fc.asyncProperty(batch(fc.tuple(paramArb, query, fuzzHeaders, body)), async (calls) => {
        await Promise.all(calls.map((c) => callRoute(...c)));
      }),
      { numRuns: batches(PER_TARGET), seed: SEED, endOnFailure: true },
    );

    async function callRoute(p: Record<string, string | string[]>, qs: [string, string][], headers: Record<string, string>, payload: string | Uint8Array | undefined) {
      stats.routes++;
      const all: Record<string, string> = { ...headers, origin: "http://localhost:3000" };
      if (withCookie) all.cookie = fx.cookie;
      const req = routeRequest(file, method, p, qs, all, payload);
      let res: Response;
      try {
        res = await fn(req, { params: Promise.resolve(p) });
      } catch (e) {
        throw new Error(`${method} ${file} threw (a 500): ${(e as Error).message}`);
      }
      stats.byStatus.set(res.status, (stats.byStatus.get(res.status) ?? 0) + 1);
      const text = await res.text();
      expect(res.status, `${method} ${file}: ${text.slice(0, 300)}`).toBeLessThan(500);
      expect(text).not.toMatch(/"code"\s*:\s*"internal"/);
    }
  }, TARGET_TIMEOUT);
});

it("wrote nothing, and polluted no prototype", async () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  const after = await snapshot();
  const changed: string[] = [];
  for (const [table, was] of fx.before) {
    const now = after.get(table);
    if (table in IGNORED || table === "public.audit_event") continue;
    if (!now || now.rows !== was.rows || now.sum !== was.sum) changed.push(`${table}: ${was.rows} → ${now?.rows ?? "gone"} rows${now && now.rows === was.rows ? " (same count, rows changed)" : ""}`);
  }
  for (const table of after.keys()) if (!fx.before.has(table) && !(table in IGNORED)) changed.push(`${table}: new table`);
  const { rows: audit } = await client.query<{ action: string; outcome: string; n: number }>(
    "SELECT action, outcome, count(*)::int AS n FROM audit_event WHERE id > $1 GROUP BY 1, 2 ORDER BY 1, 2",
    [fx.auditBefore.toString()],
  );
  for (const row of audit) if (!allowedAudit(row)) changed.push(`audit_event: ${row.n} × ${row.action} (${row.outcome})`);
  console.log(`fuzz: ${stats.actions} action calls, ${stats.routes} route calls; statuses ${JSON.stringify(Object.fromEntries([...stats.byStatus].sort(([a], [b]) => a - b)))}; audit rows left: ${JSON.stringify(audit)}`);
  expect(changed, "fuzzed calls wrote to the database").toEqual([]);
  expect(stats.actions + stats.routes).toBeGreaterThanOrEqual(RUNS);
});
