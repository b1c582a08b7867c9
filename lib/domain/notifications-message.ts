// The content of one notification, before any channel formats it (email, Slack, Teams, JSON webhook).
// It names the tenant, the token kind, a short fingerprint (never the value), the time left in the
// tenant's own zone, the level, and a link to the tenant's page. Pure: the same input, the same text.
import { localDateTime } from "./calendar";
import { computeCountdown } from "./countdown";
import type { AlertLevel, DeliveryPurpose } from "./notifications";

export interface MessageInput {
  purpose: DeliveryPurpose;
  now: Date;
  appUrl: string;
  /** null for a test sent on a channel for every tenant */
  tenant: { id: string; name: string; slug: string; timeZone: string } | null;
  /** null for a test */
  alert: {
    id: string;
    level: AlertLevel;
    thresholdDays: number;
    createdAt: Date;
    token: { kind: "AUTH" | "ENCRYPTION"; fingerprint: string; expiresAt: Date };
  } | null;
}

export interface MessageModel {
  purpose: DeliveryPurpose;
  level: AlertLevel | null;
  tenant: { id: string; name: string; slug: string; timeZone: string } | null;
  token: {
    kind: "AUTH" | "ENCRYPTION";
    /** the first 8 hex characters of the keyed fingerprint */
    fingerprint: string;
    expiresAt: string;
    /** "2026-12-02 18:00" in the tenant's zone */
    expiresLocal: string;
    expired: boolean;
    daysLeft: number;
    hoursLeft: number;
  } | null;
  thresholdDays: number | null;
  alertId: string | null;
  /** the tenant's page, or the alerts page for a test on an every-tenant channel */
  link: string;
}

const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

/** The structured content every channel renders. */
export function messageModel({ purpose, now, appUrl, tenant, alert }: MessageInput): MessageModel {
  const link = tenant ? joinUrl(appUrl, `/tenants/${encodeURIComponent(tenant.id)}`) : joinUrl(appUrl, "/alerts");
  if (!alert || !tenant) return { purpose, level: null, tenant, token: null, thresholdDays: null, alertId: null, link };
  const c = computeCountdown({ expiresAt: alert.token.expiresAt, now, timeZone: tenant.timeZone });
  return {
    purpose,
    level: alert.level,
    tenant,
    token: {
      kind: alert.token.kind,
      fingerprint: alert.token.fingerprint.slice(0, 8),
      expiresAt: alert.token.expiresAt.toISOString(),
      expiresLocal: localDateTime(alert.token.expiresAt, tenant.timeZone),
      expired: c.expired,
      daysLeft: c.days,
      hoursLeft: c.hours,
    },
    thresholdDays: alert.thresholdDays,
    alertId: alert.id,
    link,
  };
}

export const WEBHOOK_SCHEMA = "enrollment-health.notification/v1";

/**
 * The generic JSON webhook's body, version 1 (documented in docs/notifications-webhook.md). Fields are
 * only ever added within a version; `event` is alert.raised | alert.escalated | test.
 */
export function webhookPayload(m: MessageModel, deliveryId: string, sentAt: Date, text: { title: string; summary: string }) {
  return {
    schema: WEBHOOK_SCHEMA,
    event: m.purpose === "alert" ? "alert.raised" : m.purpose === "escalation" ? "alert.escalated" : "test",
    deliveryId,
    sentAt: sentAt.toISOString(),
    title: text.title,
    summary: text.summary,
    level: m.level?.toLowerCase() ?? null,
    tenant: m.tenant ? { id: m.tenant.id, name: m.tenant.name, slug: m.tenant.slug, timeZone: m.tenant.timeZone } : null,
    token: m.token
      ? { kind: m.token.kind === "AUTH" ? "authentication" : "encryption", fingerprint: m.token.fingerprint, expiresAt: m.token.expiresAt, expiresAtLocal: m.token.expiresLocal, expired: m.token.expired, daysLeft: m.token.daysLeft, hoursLeft: m.token.hoursLeft }
      : null,
    alert: m.alertId ? { id: m.alertId, thresholdDays: m.thresholdDays } : null,
    link: m.link,
  };
}
export type WebhookPayload = ReturnType<typeof webhookPayload>;
