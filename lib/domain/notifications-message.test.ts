import { describe, expect, it } from "vitest";
import { messageModel, webhookPayload, WEBHOOK_SCHEMA } from "./notifications-message";

const tenant = { id: "ten_1", name: "Acme Corporation", slug: "acme", timeZone: "Asia/Tokyo" };
const alert = {
  id: "al_1",
  level: "CRITICAL" as const,
  thresholdDays: 7,
  createdAt: new Date("2026-12-24T00:00:00+09:00"),
  token: { kind: "AUTH" as const, fingerprint: "3f9a0c1d5e6f7a8b9c0d", expiresAt: new Date("2026-12-31T18:00:00+09:00") },
};

describe("messageModel", () => {
  it("gives the time left in the tenant's zone, a short fingerprint and the tenant's page", () => {
    const m = messageModel({ purpose: "alert", now: new Date("2026-12-25T08:30:00+09:00"), appUrl: "https://eh.example.com/", tenant, alert });
    expect(m.token).toEqual({ kind: "AUTH", fingerprint: "3f9a0c1d", expiresAt: "2026-12-31T09:00:00.000Z", expiresLocal: "2026-12-31 18:00", expired: false, daysLeft: 6, hoursLeft: 9 });
    expect(m.link).toBe("https://eh.example.com/tenants/ten_1");
    expect(m.level).toBe("CRITICAL");
  });

  it("an expired token has no time left", () => {
    const m = messageModel({ purpose: "escalation", now: new Date("2027-01-02T00:00:00Z"), appUrl: "http://localhost:3000", tenant, alert: { ...alert, level: "EXPIRED", thresholdDays: 0 } });
    expect(m.token).toMatchObject({ expired: true, daysLeft: 0, hoursLeft: 0 });
  });

  it("a test on an every-tenant channel links to the alerts page", () => {
    const m = messageModel({ purpose: "test", now: new Date(), appUrl: "http://localhost:3000", tenant: null, alert: null });
    expect(m).toMatchObject({ level: null, token: null, link: "http://localhost:3000/alerts" });
  });
});

describe("webhookPayload v1", () => {
  it("is versioned and never carries a token value", () => {
    const m = messageModel({ purpose: "alert", now: new Date("2026-12-25T08:30:00+09:00"), appUrl: "https://eh.example.com", tenant, alert });
    const p = webhookPayload(m, "42", new Date("2026-12-25T00:00:00Z"), { title: "t", summary: "s" });
    expect(p).toMatchObject({ schema: WEBHOOK_SCHEMA, event: "alert.raised", deliveryId: "42", level: "critical", token: { kind: "authentication", fingerprint: "3f9a0c1d", daysLeft: 6 }, alert: { id: "al_1", thresholdDays: 7 } });
    expect(JSON.stringify(p)).not.toContain("3f9a0c1d5e6f");
  });
  it("names escalations and tests", () => {
    const m = messageModel({ purpose: "test", now: new Date(), appUrl: "http://x", tenant: null, alert: null });
    expect(webhookPayload(m, "1", new Date(), { title: "", summary: "" })).toMatchObject({ event: "test", tenant: null, token: null, alert: null });
  });
});
