// Notifications end to end on a real PostgreSQL, with a local SMTP sink and a local webhook receiver
// that the test starts itself: the scan raises one alert per token per threshold and one delivery per
// channel, escalation, quiet during a rotation, retries then FAILED, acknowledge, snooze and tests.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEBHOOK_SCHEMA } from "@/lib/domain/notifications-message";
import { systemContext, type ServiceContext } from "@/lib/server/context";
import { encrypt, fingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { startSmtpSink } from "@/lib/testing/smtp-sink";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { createPerson, createTenant } from "@/lib/testing/people";
import { acknowledgeAlert, listOpenAlerts, snoozeAlert } from "./alerts";
import { createChannel, deleteChannel, listChannels, updateChannel } from "./channels";
import { deliverNotification } from "./deliver";
import { listDeliveries } from "./deliveries";
import { openAlertsByTenant } from "./open-alerts";
import { scanNotifications } from "./scan";
import { retryDelivery, sendTestNotification } from "./test-and-retry";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let receiver: WebhookReceiver;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: ServiceContext;
const T0 = new Date();

beforeAll(async () => {
  // Before anything reads the environment (it is validated once and cached).
  [receiver, sink] = await Promise.all([startWebhookReceiver(), startSmtpSink()]);
  process.env.SMTP_URL = sink.url;
  process.env.SMTP_FROM = "Enrollment Health <eh@test.example>";
  process.env.APP_URL = "https://eh.test.example";
  admin = systemContext("test");
});
afterAll(async () => {
  await Promise.all([receiver?.close(), sink?.close()]);
});

const uid = () => randomBytes(4).toString("hex");

async function tenantWithToken(name: string, daysLeft: number, timeZone = "UTC") {
  const tenant = await createTenant(name);
  await db().tenant.update({ where: { id: tenant.id }, data: { timeZone } });
  const set = await db().tokenSet.create({ data: { tenantId: tenant.id } });
  const value = `AUTH${randomBytes(24).toString("hex")}`;
  const token = await db().token.create({
    data: { tenantId: tenant.id, tokenSetId: set.id, kind: "AUTH", encryptedValue: encrypt(value), fingerprint: fingerprint(value), suffix: value.slice(-4), expiresAt: new Date(T0.getTime() + daysLeft * DAY) },
  });
  return { tenant, token, value };
}

const hook = (path: string) => `${receiver.url}/${path}/${uid()}SECRETPART${uid()}`;
const channel = (kind: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK", target: string, tenantId: string | null, extra: { escalation?: boolean; enabled?: boolean; locale?: "en" | "ja" } = {}) =>
  createChannel({ ctx: admin, input: { kind, name: `${kind.toLowerCase()}-${uid()}`, tenantId, target, escalation: extra.escalation ?? false, enabled: extra.enabled ?? true, locale: extra.locale ?? "en" } });

const deliveriesOf = (alertIds: string[]) => db().notificationDelivery.findMany({ where: { alertId: { in: alertIds } }, orderBy: { id: "asc" } });
const alertsOf = (tenantId: string) => db().alert.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } });

async function deliverAll(ids: bigint[], now: Date) {
  return Promise.all(ids.map((deliveryId) => deliverNotification({ ctx: admin, deliveryId, now })));
}

describe("the scan", () => {
  it("scanned twice: exactly one alert, and one delivery per channel, per threshold; each channel gets its message", async () => {
    const { tenant, token, value } = await tenantWithToken("Scan", 9, "Asia/Tokyo");
    const other = await createTenant("Other");
    const webhookPath = `wh-${uid()}`;
    const slackPath = `slack-${uid()}`;
    const teamsPath = `teams-${uid()}`;
    await channel("WEBHOOK", `${receiver.url}/${webhookPath}/x`, tenant.id);
    await channel("SLACK", `${receiver.url}/${slackPath}/x`, tenant.id);
    await channel("TEAMS", `${receiver.url}/${teamsPath}/x`, tenant.id, { locale: "ja" });
    await channel("EMAIL", `ops-${uid()}@test.example, sec@test.example`, tenant.id);
    await channel("WEBHOOK", hook("elsewhere"), other.id);
    await channel("WEBHOOK", hook("pager"), tenant.id, { escalation: true });

    const first = await scanNotifications({ ctx: admin, now: T0 });
    const alerts = await alertsOf(tenant.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ tokenId: token.id, thresholdDays: 14, level: "WARNING", resolvedAt: null });
    const deliveries = await deliveriesOf([alerts[0]!.id]);
    expect(deliveries.map((d) => d.purpose)).toEqual(["alert", "alert", "alert", "alert"]);
    expect(first.deliveryIds).toEqual(expect.arrayContaining(deliveries.map((d) => d.id)));

    const second = await scanNotifications({ ctx: admin, now: new Date(T0.getTime() + 60_000) });
    expect(await alertsOf(tenant.id)).toHaveLength(1);
    expect(await deliveriesOf([alerts[0]!.id])).toHaveLength(4);
    expect(second.deliveryIds.filter((id) => deliveries.some((d) => d.id === id))).toEqual([]);

    const outcomes = await deliverAll(deliveries.map((d) => d.id), T0);
    expect(outcomes.map((o) => o.outcome)).toEqual(["sent", "sent", "sent", "sent"]);
    // Delivering again sends nothing more.
    expect((await deliverAll(deliveries.map((d) => d.id), T0)).map((o) => o.outcome)).toEqual(["skipped", "skipped", "skipped", "skipped"]);

    const [wh] = receiver.on(`/${webhookPath}/`);
    expect(receiver.on(`/${webhookPath}/`)).toHaveLength(1);
    expect(wh!.headers["x-eh-event"]).toBe("alert.raised");
    expect(wh!.body).toMatchObject({
      schema: WEBHOOK_SCHEMA,
      event: "alert.raised",
      level: "warning",
      tenant: { id: tenant.id, name: tenant.name, timeZone: "Asia/Tokyo" },
      token: { kind: "authentication", fingerprint: token.fingerprint.slice(0, 8), daysLeft: expect.any(Number), expired: false },
      alert: { thresholdDays: 14 },
      link: `https://eh.test.example/tenants/${tenant.id}`,
    });
    const [slack] = receiver.on(`/${slackPath}/`);
    expect((slack!.body as { text: string }).text).toContain(tenant.name);
    expect(JSON.stringify(slack!.body)).toContain(token.fingerprint.slice(0, 8));
    const [teams] = receiver.on(`/${teamsPath}/`);
    expect(teams!.body).toMatchObject({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } }] });
    expect(JSON.stringify(teams!.body)).toContain("認証トークン");
    const mail = sink.messages.find((m) => m.raw.includes(tenant.name));
    expect(mail?.to).toHaveLength(2);
    expect(mail?.from).toBe("eh@test.example");
    // The token's value is in none of them; nothing went to the other tenant's or the escalation channel.
    for (const body of [wh, slack, teams].map((r) => JSON.stringify(r!.body)).concat(mail!.raw)) expect(body).not.toContain(value);
    expect(receiver.on("/elsewhere/")).toHaveLength(0);
    expect(receiver.on("/pager/")).toHaveLength(0);

    // Five days on, 4 days left: the 7-day critical replaces the 14-day warning, notified once more.
    const later = new Date(T0.getTime() + 5 * DAY);
    const third = await scanNotifications({ ctx: admin, now: later });
    const after = await alertsOf(tenant.id);
    expect(after.map((a) => [a.thresholdDays, a.level, a.resolvedAt !== null])).toEqual([
      [14, "WARNING", true],
      [7, "CRITICAL", false],
    ]);
    const critical = await deliveriesOf([after[1]!.id]);
    expect(critical).toHaveLength(4);
    expect(third.deliveryIds).toEqual(expect.arrayContaining(critical.map((d) => d.id)));
  });

  it("a rotated token's alert is resolved and raises nothing more", async () => {
    const { tenant, token } = await tenantWithToken("Rotated", 5);
    await scanNotifications({ ctx: admin, now: T0 });
    expect((await alertsOf(tenant.id)).map((a) => a.resolvedAt)).toEqual([null]);
    await db().token.update({ where: { id: token.id }, data: { stage: "PREVIOUS" } });
    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    expect(alert!.resolvedAt).not.toBeNull();
    expect((await openAlertsByTenant(admin)).has(tenant.id)).toBe(false);
  });
});

describe("escalation", () => {
  it("an unacknowledged critical alert goes to the escalation channel, once", async () => {
    const { tenant } = await tenantWithToken("Escalate", 3);
    const path = `esc-${uid()}`;
    await channel("WEBHOOK", hook("routine"), tenant.id);
    await channel("WEBHOOK", `${receiver.url}/${path}/x`, tenant.id, { escalation: true });
    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    expect(alert!.level).toBe("CRITICAL");
    expect((await deliveriesOf([alert!.id])).map((d) => d.purpose)).toEqual(["alert"]);

    // Not yet: 3 hours is under the 4-hour default.
    await scanNotifications({ ctx: admin, now: new Date(T0.getTime() + 3 * HOUR) });
    expect((await deliveriesOf([alert!.id])).map((d) => d.purpose)).toEqual(["alert"]);

    const at = new Date(T0.getTime() + 5 * HOUR);
    const scan = await scanNotifications({ ctx: admin, now: at });
    const esc = (await deliveriesOf([alert!.id])).filter((d) => d.purpose === "escalation");
    expect(esc).toHaveLength(1);
    expect(scan.escalated).toBeGreaterThanOrEqual(1);
    expect((await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).escalatedAt).toEqual(at);
    expect((await deliverNotification({ ctx: admin, deliveryId: esc[0]!.id, now: at })).outcome).toBe("sent");
    expect(receiver.on(`/${path}/`).map((r) => (r.body as { event: string }).event)).toEqual(["alert.escalated"]);

    await scanNotifications({ ctx: admin, now: new Date(T0.getTime() + 9 * HOUR) });
    expect((await deliveriesOf([alert!.id])).filter((d) => d.purpose === "escalation")).toHaveLength(1);
  });

  it("acknowledging stops the escalation and cancels what has not gone out", async () => {
    const { tenant } = await tenantWithToken("Ack", 2);
    const operator = await createPerson("OPERATOR", [tenant.id]);
    const ctx: ServiceContext = { ...admin, actor: { type: "user", id: operator.id, label: operator.email, role: "OPERATOR" } };
    await channel("WEBHOOK", hook("ack-routine"), tenant.id);
    await channel("WEBHOOK", hook("ack-pager"), tenant.id, { escalation: true });
    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    await acknowledgeAlert({ ctx, input: { tenantId: tenant.id, alertId: alert!.id }, now: new Date(T0.getTime() + HOUR) });

    const routine = await deliveriesOf([alert!.id]);
    expect(routine.map((d) => [d.purpose, d.status])).toEqual([["alert", "CANCELLED"]]);
    await scanNotifications({ ctx: admin, now: new Date(T0.getTime() + 6 * HOUR) });
    expect((await deliveriesOf([alert!.id])).map((d) => d.purpose)).toEqual(["alert"]);
    expect((await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).acknowledgedById).toBe(operator.id);
    const event = await db().auditEvent.findFirst({ where: { action: "alert.acknowledge", targetId: alert!.id } });
    expect(event?.actorId).toBe(operator.id);
  });
});

describe("quiet during a rotation", () => {
  it("raises the alert but notifies nobody while a run is active; notifies once it ends", async () => {
    const { tenant } = await tenantWithToken("Quiet", 10);
    const path = `quiet-${uid()}`;
    await channel("WEBHOOK", `${receiver.url}/${path}/x`, tenant.id);
    const run = await db().rotationRun.create({ data: { tenantId: tenant.id, activeTenantId: tenant.id, plan: "ROTATE_SINGLE", step: "prepare", state: {} } });

    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    expect(alert).toBeDefined();
    expect(await deliveriesOf([alert!.id])).toHaveLength(0);

    await db().rotationRun.update({ where: { id: run.id }, data: { status: "CANCELLED", activeTenantId: null, finishedAt: new Date() } });
    const scan = await scanNotifications({ ctx: admin, now: new Date(T0.getTime() + 60_000) });
    const [d] = await deliveriesOf([alert!.id]);
    expect(scan.deliveryIds).toContain(d!.id);

    // A run that starts after the delivery was queued holds it; it goes out after the run.
    const again = await db().rotationRun.create({ data: { tenantId: tenant.id, activeTenantId: tenant.id, plan: "ROTATE_SINGLE", step: "prepare", state: {} } });
    expect((await deliverNotification({ ctx: admin, deliveryId: d!.id })).outcome).toBe("held");
    expect(receiver.on(`/${path}/`)).toHaveLength(0);
    await db().rotationRun.update({ where: { id: again.id }, data: { status: "COMPLETED", activeTenantId: null, finishedAt: new Date() } });
    const requeued = await scanNotifications({ ctx: admin, now: new Date(Date.now() + 11 * 60_000) });
    expect(requeued.deliveryIds).toContain(d!.id);
    expect((await deliverNotification({ ctx: admin, deliveryId: d!.id })).outcome).toBe("sent");
    expect(receiver.on(`/${path}/`)).toHaveLength(1);
  });
});

describe("failures and retries", () => {
  it("a failing webhook is retried, each attempt recorded, then FAILED; the URL is never in the error", async () => {
    const { tenant } = await tenantWithToken("Fail", 12);
    const target = `${receiver.url}/status/500/${uid()}SECRETPART${uid()}`;
    await channel("WEBHOOK", target, tenant.id);
    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    const [d] = await deliveriesOf([alert!.id]);
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await deliverNotification({ ctx: admin, deliveryId: d!.id, maxAttempts: 3 }));
    expect(outcomes.map((o) => [o.outcome, o.attempts])).toEqual([
      ["retry", 1],
      ["retry", 2],
      ["failed", 3],
    ]);
    const row = await db().notificationDelivery.findUniqueOrThrow({ where: { id: d!.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(row.lastError).toMatch(/^HTTP 500/);
    expect(row.lastError).not.toContain("SECRETPART");
    expect(receiver.on("/status/500/").length).toBeGreaterThanOrEqual(3);

    const retried = await retryDelivery({ ctx: admin, input: { deliveryId: d!.id.toString() } });
    expect(retried).toMatchObject({ status: "FAILED" });
    expect((await db().notificationDelivery.findUniqueOrThrow({ where: { id: d!.id } })).attempts).toBe(4);
    await expect(retryDelivery({ ctx: admin, input: { deliveryId: d!.id.toString() } })).resolves.toMatchObject({ status: "FAILED" });

    const log = await listDeliveries({ ctx: admin });
    expect(log.find((l) => l.id === d!.id.toString())).toMatchObject({ status: "FAILED", attempts: 5, alert: { tenantName: tenant.name, level: "WARNING" } });
    expect(JSON.stringify(log)).not.toContain("SECRETPART");
  });
});

describe("send a test", () => {
  it("sends a test on each kind and shows the result; a dead endpoint fails with a masked error", async () => {
    const path = `test-${uid()}`;
    // Disabled, so the other tests' alerts do not reach them: a test goes out on a disabled channel too.
    const wh = await channel("WEBHOOK", `${receiver.url}/${path}/x`, null, { enabled: false });
    const slack = await channel("SLACK", `${receiver.url}/${path}/slack`, null, { enabled: false });
    const mail = await channel("EMAIL", `test-${uid()}@test.example`, null, { locale: "ja", enabled: false });
    for (const c of [wh, slack, mail]) expect(await sendTestNotification({ ctx: admin, input: { channelId: c.id } })).toMatchObject({ status: "SENT", error: null });
    expect(receiver.on(`/${path}/x`)[0]!.body).toMatchObject({ schema: WEBHOOK_SCHEMA, event: "test", tenant: null, token: null });
    expect(sink.messages.some((m) => m.raw.includes("Subject:"))).toBe(true);

    // A closed port: connection refused, reported without the URL's secret part.
    const dead = await channel("SLACK", `http://127.0.0.1:9/${uid()}SECRETPART`, null, { enabled: false });
    const result = await sendTestNotification({ ctx: admin, input: { channelId: dead.id } });
    expect(result.status).toBe("FAILED");
    expect(result.error).toBeTruthy();
    expect(result.error).not.toContain("SECRETPART");
    const audit = await db().auditEvent.findFirst({ where: { action: "notification-channel.test", targetId: dead.id } });
    expect(audit?.outcome).toBe("failure");
    expect(JSON.stringify(audit?.summary)).not.toContain("SECRETPART");
  });
});

describe("channels", () => {
  it("keep the destination encrypted, show only a hint, and keep it when an edit leaves it blank", async () => {
    const target = `https://hooks.slack.com/services/T0AAA/B0BBB/${uid()}SECRETPART`;
    const c = await channel("SLACK", target, null);
    const row = await db().notificationChannel.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.encryptedTarget).not.toContain("SECRETPART");
    expect(row.targetHint).toBe(`hooks.slack.com/…/PART`);
    const listed = (await listChannels({ ctx: admin })).find((x) => x.id === c.id);
    expect(JSON.stringify(listed)).not.toContain("SECRETPART");
    await updateChannel({ ctx: admin, input: { id: c.id, kind: "SLACK", name: "renamed", tenantId: null, escalation: true, enabled: false, locale: "ja" } });
    const after = await db().notificationChannel.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ name: "renamed", escalation: true, enabled: false, locale: "ja", encryptedTarget: row.encryptedTarget });
    await expect(updateChannel({ ctx: admin, input: { id: c.id, kind: "WEBHOOK", name: "x", tenantId: null, escalation: false, enabled: true, locale: "en" } })).rejects.toThrow(/new destination/);
    await expect(channel("WEBHOOK", "http://example.com/hook", null)).rejects.toThrow(/https/);
    const events = await db().auditEvent.findMany({ where: { targetId: c.id } });
    expect(events.map((e) => e.action)).toEqual(["notification-channel.create", "notification-channel.update"]);
    expect(JSON.stringify(events.map((e) => e.summary))).not.toContain("SECRETPART");
    await deleteChannel({ ctx: admin, input: { id: c.id } });
    expect(await db().notificationChannel.findUnique({ where: { id: c.id } })).toBeNull();
  });

  it("are for admins only", async () => {
    const op = await createPerson("OPERATOR");
    const ctx: ServiceContext = { ...admin, actor: { type: "user", id: op.id, label: op.email, role: "OPERATOR" } };
    await expect(listChannels({ ctx })).rejects.toThrow(/not allowed/);
    await expect(scanNotifications({ ctx })).rejects.toThrow(/not allowed/);
  });
});

describe("alerts for people", () => {
  it("viewers see, operators act on their tenants, other tenants do not exist; snooze holds notifications", async () => {
    const { tenant } = await tenantWithToken("People", 6);
    const foreign = await tenantWithToken("Foreign", 6);
    await scanNotifications({ ctx: admin, now: T0 });
    const [alert] = await alertsOf(tenant.id);
    const viewer = await createPerson("VIEWER", [tenant.id]);
    const operator = await createPerson("OPERATOR", [tenant.id]);
    const as = (p: { id: string; email: string }, role: "VIEWER" | "OPERATOR"): ServiceContext => ({ ...admin, actor: { type: "user", id: p.id, label: p.email, role } });

    const seen = await listOpenAlerts({ ctx: as(viewer, "VIEWER") });
    expect(seen.map((a) => a.tenantId)).toEqual([tenant.id]);
    expect(seen[0]).toMatchObject({ level: "CRITICAL", canAct: false, fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect((await listOpenAlerts({ ctx: as(operator, "OPERATOR") }))[0]!.canAct).toBe(true);
    await expect(acknowledgeAlert({ ctx: as(viewer, "VIEWER"), input: { tenantId: tenant.id, alertId: alert!.id } })).rejects.toThrow(/not allowed/);
    const [foreignAlert] = await alertsOf(foreign.tenant.id);
    await expect(acknowledgeAlert({ ctx: as(operator, "OPERATOR"), input: { tenantId: foreign.tenant.id, alertId: foreignAlert!.id } })).rejects.toThrow(/Not found/);
    await expect(acknowledgeAlert({ ctx: as(operator, "OPERATOR"), input: { tenantId: tenant.id, alertId: foreignAlert!.id } })).rejects.toThrow(/Not found/);

    expect((await openAlertsByTenant(as(viewer, "VIEWER"))).get(tenant.id)).toMatchObject({ open: 1, snoozed: 0, highest: "CRITICAL", byLevel: { CRITICAL: 1 } });
    const now = new Date();
    await snoozeAlert({ ctx: as(operator, "OPERATOR"), input: { tenantId: tenant.id, alertId: alert!.id, choice: { days: 3 } }, now });
    expect((await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).snoozedUntil).toEqual(new Date(now.getTime() + 3 * DAY));
    expect((await openAlertsByTenant(as(viewer, "VIEWER"))).get(tenant.id)).toMatchObject({ open: 0, snoozed: 1, highest: null });
    await expect(snoozeAlert({ ctx: as(operator, "OPERATOR"), input: { tenantId: tenant.id, alertId: alert!.id, choice: { untilDate: "2020-01-01" } } })).rejects.toMatchObject({ reason: "snooze" });

    // While snoozed, a new channel's delivery is not even created; a queued one is held.
    const path = `snz-${uid()}`;
    await channel("WEBHOOK", `${receiver.url}/${path}/x`, tenant.id);
    await scanNotifications({ ctx: admin, now: new Date(now.getTime() + HOUR) });
    expect(await deliveriesOf([alert!.id])).toHaveLength(0);
    await scanNotifications({ ctx: admin, now: new Date(now.getTime() + 4 * DAY) });
    const [d] = await deliveriesOf([alert!.id]);
    expect(d).toBeDefined();
    expect(await db().auditEvent.count({ where: { action: "alert.snooze", targetId: alert!.id } })).toBe(1);
  });
});
