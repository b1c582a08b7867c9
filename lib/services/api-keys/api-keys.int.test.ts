// API keys end to end on a real PostgreSQL: shown once, only a hash at rest, scoped, expiring,
// revocable, and accepted by the JSON API as `Authorization: Bearer ehk_…`.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listTenantsRoute } from "@/app/api/v1/tenants/route";
import { hashApiKey } from "@/lib/auth/api-key-token";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { authenticateApiKey } from "@/lib/services/api-keys/authenticate";
import { createApiKey } from "@/lib/services/api-keys/create";
import { listApiKeys } from "@/lib/services/api-keys/list";
import { revokeApiKey } from "@/lib/services/api-keys/revoke";
import { createPerson, createTenant } from "@/lib/testing/people";

let admin: ServiceContext;
beforeAll(async () => {
  const a = await createPerson("ADMIN");
  admin = { ...systemContext(), actor: { type: "user", id: a.id, label: a.email, role: "ADMIN" } };
});

const callApi = (key: string) => listTenantsRoute(new Request("http://localhost:3000/api/v1/tenants", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });

describe("API keys", () => {
  it("stores only the hash and the prefix; the key is returned once", async () => {
    const created = await createApiKey({ ctx: admin, input: { name: "monitoring", scope: "READ", expiresInDays: 30 } });
    const row = await db().apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(hashApiKey(created.key));
    expect(row.prefix).toBe(created.key.slice(0, 12));
    expect(JSON.stringify(row)).not.toContain(created.key.slice(12));
    expect(JSON.stringify(await listApiKeys({ ctx: admin }))).not.toContain(created.key.slice(12));
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "api-key.create", targetId: created.id } });
    expect(JSON.stringify(event.summary)).not.toContain(created.key.slice(12));
  });

  it("acts with its scope's role on every tenant, never as an admin", async () => {
    const read = await createApiKey({ ctx: admin, input: { name: "r", scope: "READ", expiresInDays: 1 } });
    const op = await createApiKey({ ctx: admin, input: { name: "o", scope: "OPERATOR", expiresInDays: null } });
    expect((await authenticateApiKey({ db: db(), key: read.key }))?.actor).toMatchObject({ type: "api-key", role: "VIEWER" });
    expect((await authenticateApiKey({ db: db(), key: op.key }))?.actor).toMatchObject({ type: "api-key", role: "OPERATOR" });
  });

  it("the JSON API accepts a valid key and refuses revoked and expired ones", async () => {
    const tenant = await createTenant("Api");
    const key = await createApiKey({ ctx: admin, input: { name: "client", scope: "READ", expiresInDays: 1 } });
    const ok = await callApi(key.key);
    expect(ok.status).toBe(200);
    expect((await ok.json()).tenants.map((t: { id: string }) => t.id)).toContain(tenant.id);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).not.toBeNull();

    await revokeApiKey({ ctx: admin, input: { id: key.id } });
    expect((await callApi(key.key)).status).toBe(401);
    await expect(revokeApiKey({ ctx: admin, input: { id: key.id } })).rejects.toMatchObject({ reason: "already_revoked" });

    const expiring = await createApiKey({ ctx: admin, input: { name: "short", scope: "READ", expiresInDays: 1 }, now: new Date(Date.now() - 2 * 86_400_000) });
    expect((await callApi(expiring.key)).status).toBe(401);
  });

  it("stops working when its creator is disabled", async () => {
    const other = await createPerson("ADMIN");
    const key = await createApiKey({ ctx: { ...admin, actor: { type: "user", id: other.id, label: other.email, role: "ADMIN" } }, input: { name: "orphan", scope: "READ", expiresInDays: 1 } });
    await db().user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await authenticateApiKey({ db: db(), key: key.key })).toBeNull();
  });
});
