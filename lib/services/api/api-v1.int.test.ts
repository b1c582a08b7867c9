// The v1 read API on a real PostgreSQL: token sets carry metadata and never values, countdowns are
// scoped to what the caller may see, and every response matches its published schema.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countdownsRoute } from "@/app/api/v1/countdowns/route";
import { GET as tenantCountdownsRoute } from "@/app/api/v1/tenants/[tenantId]/countdowns/route";
import { GET as tokenSetsRoute } from "@/app/api/v1/tenants/[tenantId]/token-sets/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { systemContext } from "@/lib/server/context";
import { CountdownListResponse, TokenSetListResponse } from "@/lib/services/api/schemas";
import { createApiKey } from "@/lib/services/api-keys/create";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { addToken } from "@/lib/testing/token-fixtures";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
let mine: { id: string }, theirs: { id: string };
let key: string, viewerCookie: string;
const tok: Record<string, Awaited<ReturnType<typeof addToken>>> = {};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
const get = (fn: (req: Request, c: { params: Promise<any> }) => Promise<Response>, url: string, headers: Record<string, string>, params: Record<string, string> = {}) =>
  fn(new Request(`http://localhost:3000${url}`, { headers: { origin: "http://localhost:3000", ...headers } }), { params: Promise.resolve(params) });

beforeAll(async () => {
  mine = await createTenant("Mine");
  theirs = await createTenant("Theirs");
  tok.a = await addToken(mine.id, { expiresAt: inDays(9), tsid: "501", enforced: true });
  tok.b = await addToken(mine.id, { kind: "ENCRYPTION", expiresAt: inDays(60), tsid: "502" });
  tok.c = await addToken(theirs.id, { expiresAt: inDays(1), tsid: "601" });
  const admin = await createPerson("ADMIN");
  key = (await createApiKey({ ctx: { ...systemContext("test"), actor: { type: "user", id: admin.id, label: admin.email, role: "ADMIN" } }, input: { name: "api", scope: "READ", expiresInDays: 1 } })).key;
  viewerCookie = await signIn(await createPerson("VIEWER", [mine.id]));
});

describe("JSON API v1", () => {
  it("lists a tenant's token sets with metadata and never a value", async () => {
    const res = await get(tokenSetsRoute, `/api/v1/tenants/${mine.id}/token-sets`, { authorization: `Bearer ${key}` }, { tenantId: mine.id });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const t of Object.values(tok)) expect(text).not.toContain(t.value);
    const body = TokenSetListResponse.parse(JSON.parse(text));
    expect(body.tokenSets.map((s) => s.vendorTokenSetId).sort()).toEqual(["501", "502"]);
    const auth = body.tokenSets.find((s) => s.vendorTokenSetId === "501")!;
    expect(auth).toMatchObject({ enforceStatus: "ENFORCED", stage: "CURRENT" });
    expect(auth.tokens[0]).toMatchObject({ kind: "AUTH", fingerprintPrefix: tok.a!.fingerprint.slice(0, 8) });
    expect(text).not.toContain(tok.a!.fingerprint);
  });

  it("gives countdowns of the caller's tenants only, soonest first", async () => {
    const res = await get(countdownsRoute, "/api/v1/countdowns", { cookie: viewerCookie });
    expect(res.status).toBe(200);
    const body = CountdownListResponse.parse(await res.json());
    expect(body.countdowns.map((c) => c.tokenId)).toEqual([tok.a!.tokenId, tok.b!.tokenId]);
    expect(body.countdowns[0]).toMatchObject({ kind: "AUTH", level: "warning", thresholdDays: 14, expired: false, calendarDaysLeft: expect.any(Number) });
    const one = await get(tenantCountdownsRoute, `/api/v1/tenants/${theirs.id}/countdowns`, { authorization: `Bearer ${key}` }, { tenantId: theirs.id });
    expect(CountdownListResponse.parse(await one.json()).countdowns.map((c) => c.tokenId)).toEqual([tok.c!.tokenId]);
    expect((await get(tenantCountdownsRoute, `/api/v1/tenants/${theirs.id}/countdowns`, { cookie: viewerCookie }, { tenantId: theirs.id })).status).toBe(404);
  });

  it("publishes the OpenAPI document without signing in", async () => {
    const res = await get(openApiRoute, "/api/v1/openapi.json", {});
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/tenants/{tenantId}/token-sets");
  });
});
