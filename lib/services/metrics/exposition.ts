// The Prometheus exposition of a metrics snapshot, through prom-client on a PRIVATE registry made per
// scrape (never the global default registry: it would mix in other modules' metrics and keep label
// sets of deleted tenants forever). Pure: plain data in, text out. Labels carry names, kinds and
// stages only: no token values, no fingerprints.
import { Gauge, Registry } from "prom-client";

export interface MetricsSnapshot {
  tokens: { tenant: string; kind: string; stage: string; tokenSet: string; expiresAt: Date | null; daysLeft: number | null }[];
  tokenSets: { tenant: string; tokenSet: string; enforced: boolean }[];
  tenants: { tenant: string; state: "DISABLED" | "NOT_ENFORCED" | "ENFORCED"; nextRotationAt: Date | null }[];
  readiness: { tenant: string; change: string; devices: number; refused: number; takenAt: Date }[];
  failedDeliveries: { channelKind: string; count: number }[];
  openAlerts: { tenant: string; level: string; count: number }[];
}

export const METRIC_PREFIX = "enrollment_health_";
const STATES = ["DISABLED", "NOT_ENFORCED", "ENFORCED"] as const;
const CHANNEL_KINDS = ["EMAIL", "SLACK", "TEAMS", "WEBHOOK"];
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** The text format (version 0.0.4) and its content type. */
export async function renderMetrics(s: MetricsSnapshot): Promise<{ text: string; contentType: string }> {
  const registry = new Registry();
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Gauge<L>({ name: METRIC_PREFIX + name, help, labelNames, registers: [registry] });

  const expiry = gauge("token_expiry_timestamp_seconds", "When each live token expires (Unix time).", ["tenant", "kind", "stage", "token_set"]);
  const daysLeft = gauge("token_days_left", "Calendar days until each live token's expiry, in the tenant's time zone (negative once expired).", ["tenant", "kind", "stage", "token_set"]);
  for (const k of s.tokens) {
    const labels = { tenant: k.tenant, kind: k.kind.toLowerCase(), stage: k.stage.toLowerCase(), token_set: k.tokenSet };
    if (k.expiresAt) expiry.set(labels, seconds(k.expiresAt));
    if (k.daysLeft !== null) daysLeft.set(labels, k.daysLeft);
  }
  const enforced = gauge("token_set_enforced", "1 when the token set is Enforced, 0 when Not Enforced.", ["tenant", "token_set"]);
  for (const t of s.tokenSets) enforced.set({ tenant: t.tenant, token_set: t.tokenSet }, t.enforced ? 1 : 0);

  const state = gauge("secure_enrollment_state", "1 for the tenant's current Secure Enrollment state, 0 for the others.", ["tenant", "state"]);
  const rotation = gauge("next_rotation_timestamp_seconds", "The planned next rotation (Unix time), when one is planned.", ["tenant"]);
  for (const t of s.tenants) {
    for (const st of STATES) state.set({ tenant: t.tenant, state: st.toLowerCase() }, t.state === st ? 1 : 0);
    if (t.nextRotationAt) rotation.set({ tenant: t.tenant }, seconds(t.nextRotationAt));
  }
  const ratio = gauge("readiness_ratio", "Share of devices whose next enrollment would succeed after the change (latest snapshot).", ["tenant", "change"]);
  const taken = gauge("readiness_snapshot_timestamp_seconds", "When the latest readiness snapshot was taken (Unix time).", ["tenant", "change"]);
  for (const r of s.readiness) {
    if (r.devices > 0) ratio.set({ tenant: r.tenant, change: r.change }, (r.devices - r.refused) / r.devices);
    taken.set({ tenant: r.tenant, change: r.change }, seconds(r.takenAt));
  }
  const failed = gauge("notification_deliveries_failed", "Notification deliveries that failed after their retries, by channel kind.", ["channel_kind"]);
  const byKind = new Map(s.failedDeliveries.map((f) => [f.channelKind, f.count]));
  for (const kind of new Set([...CHANNEL_KINDS, ...byKind.keys()])) failed.set({ channel_kind: kind.toLowerCase() }, byKind.get(kind) ?? 0);
  const alerts = gauge("open_alerts", "Alerts not yet resolved, by tenant and level.", ["tenant", "level"]);
  for (const a of s.openAlerts) alerts.set({ tenant: a.tenant, level: a.level.toLowerCase() }, a.count);

  return { text: await registry.metrics(), contentType: registry.contentType };
}
