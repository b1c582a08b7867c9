// /api/metrics on a real PostgreSQL: API key required, tenants' tokens and states as gauges, failed
// deliveries counted from the delivery log, nothing secret in the output.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { createApiKey } from "@/lib/services/api-keys/create";
import { createPerson, createTenant, signIn } from "@/lib/testing/people";
import { addToken } from "@/lib/testing/token-fixtures";

const call = (headers: Record<string, string>) => metricsRoute(new Request("http://localhost:3000/api/metrics", { headers }), { params: Promise.resolve({}) });
let key: string;
let tenant: { id: string; slug: string };
let token: Awaited<ReturnType<typeof addToken>>;

beforeAll(async () => {
  const t = await createTenant("Metrics");
  tenant = await db().tenant.update({ where: { id: t.id }, data: { seState: "ENFORCED" }, select: { id: true, slug: true } });
  token = await addToken(tenant.id, { expiresAt: new Date("2031-03-01T00:00:00Z"), tsid: "4242", enforced: true });
  await db().readinessSnapshot.create({ data: { tenantId: tenant.id, change: "rotate-single-token", devices: 40, refused: 10, users: 40, usersRefused: 10, byReason: {}, byRemediation: {}, takenAt: new Date("2030-01-01T00:00:00Z") } });
  await db().readinessSnapshot.create({ data: { tenantId: tenant.id, change: "rotate-single-token", devices: 40, refused: 4, users: 40, usersRefused: 4, byReason: {}, byRemediation: {}, takenAt: new Date("2030-02-01T00:00:00Z") } });
  const channel = await db().notificationChannel.create({ data: { kind: "TEAMS", name: "ops", encryptedTarget: "x", targetHint: "teams" } });
  for (const purpose of ["alert", "escalation", "test"]) await db().notificationDelivery.create({ data: { channelId: channel.id, purpose, status: purpose === "test" ? "SENT" : "FAILED" } });
  const alert = await db().alert.create({ data: { tenantId: tenant.id, tokenId: token.tokenId, thresholdDays: 30, level: "NOTICE" } });
  expect(alert.id).toBeTruthy();
  const admin = await createPerson("ADMIN");
  key = (await createApiKey({ ctx: { ...systemContext("test"), actor: { type: "user", id: admin.id, label: admin.email, role: "ADMIN" } }, input: { name: "prometheus", scope: "READ", expiresInDays: 1 } })).key;
});

describe("/api/metrics", () => {
  it("requires a key or a session", async () => {
    expect((await call({})).status).toBe(401);
    expect((await call({ authorization: "Bearer ehk_not-a-real-key-0000000000000000000000000000" })).status).toBe(401);
  });

  it("exposes the tenant's token, state, readiness, alerts and failed deliveries", async () => {
    const res = await call({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const s = tenant.slug;
    expect(text).toContain(`enrollment_health_token_expiry_timestamp_seconds{tenant="${s}",kind="auth",stage="current",token_set="4242"} ${Date.UTC(2031, 2, 1) / 1000}`);
    expect(text).toContain(`enrollment_health_token_set_enforced{tenant="${s}",token_set="4242"} 1`);
    expect(text).toContain(`enrollment_health_secure_enrollment_state{tenant="${s}",state="enforced"} 1`);
    expect(text).toContain(`enrollment_health_readiness_ratio{tenant="${s}",change="rotate-single-token"} 0.9`);
    expect(text).toContain(`enrollment_health_open_alerts{tenant="${s}",level="notice"} 1`);
    expect(text).toMatch(/enrollment_health_notification_deliveries_failed\{channel_kind="teams"\} ([2-9]|\d\d+)/);
    expect(text).toMatch(new RegExp(`enrollment_health_token_days_left\\{tenant="${s}",kind="auth",stage="current",token_set="4242"\\} \\d+`));
    expect(text).not.toContain(token.value);
    expect(text).not.toContain(token.fingerprint.slice(0, 8));
  });

  it("shows a signed-in viewer only their tenants", async () => {
    const viewer = await createPerson("VIEWER");
    const res = await call({ cookie: await signIn(viewer) });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain(tenant.slug);
  });
});
