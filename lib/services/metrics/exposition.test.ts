// The exposition text is parsed line by line against the format's grammar (text format 0.0.4):
// HELP and TYPE once per family and before its samples, sample lines `name{labels} value`, label
// values escaped. A mistake in names, escaping or order fails here before a Prometheus server sees it.
import { describe, expect, it } from "vitest";
import { renderMetrics, type MetricsSnapshot } from "./exposition";

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*",?)*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|NaN|\+Inf|-Inf))(?: -?\d+)?$/;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A strict parser of the text format: throws on any line it does not understand. */
function parseExposition(text: string): { families: Map<string, { help: string; type: string }>; samples: Sample[] } {
  const families = new Map<string, { help: string; type: string }>();
  const samples: Sample[] = [];
  const seenSamplesOf = new Set<string>();
  expect(text.endsWith("\n")).toBe(true);
  for (const line of text.slice(0, -1).split("\n")) {
    if (line === "") continue;
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      const [, what, name, rest] = meta as unknown as [string, "HELP" | "TYPE", string, string];
      expect(name).toMatch(NAME);
      expect(seenSamplesOf.has(name), `${what} of ${name} after its samples`).toBe(false);
      const f = families.get(name) ?? { help: "", type: "" };
      if (what === "HELP") f.help = rest;
      else {
        expect(["counter", "gauge", "histogram", "summary", "untyped"]).toContain(rest);
        f.type = rest;
      }
      families.set(name, f);
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[k!] = v!.replace(/\\(.)/g, (_x, c: string) => (c === "n" ? "\n" : c));
    expect(families.has(m[1]!), `sample of ${m[1]} without HELP/TYPE`).toBe(true);
    seenSamplesOf.add(m[1]!);
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return { families, samples };
}

const SNAPSHOT: MetricsSnapshot = {
  tokens: [
    { tenant: "acme", kind: "AUTH", stage: "CURRENT", tokenSet: "101", expiresAt: new Date("2025-08-01T03:00:00Z"), daysLeft: 60 },
    { tenant: "acme", kind: "AUTH", stage: "PENDING", tokenSet: "102", expiresAt: new Date("2025-11-01T03:00:00Z"), daysLeft: 152 },
    { tenant: 'we"ird\\slug', kind: "ENCRYPTION", stage: "CURRENT", tokenSet: "7", expiresAt: new Date("2025-05-01T00:00:00Z"), daysLeft: -32 },
    { tenant: "globex", kind: "AUTH", stage: "CURRENT", tokenSet: "1", expiresAt: null, daysLeft: null },
  ],
  tokenSets: [
    { tenant: "acme", tokenSet: "101", enforced: true },
    { tenant: "acme", tokenSet: "102", enforced: false },
  ],
  tenants: [
    { tenant: "acme", state: "ENFORCED", nextRotationAt: new Date("2025-07-15T00:00:00Z") },
    { tenant: "globex", state: "NOT_ENFORCED", nextRotationAt: null },
  ],
  readiness: [
    { tenant: "acme", change: "rotate-single-token", devices: 200, refused: 50, takenAt: new Date("2025-06-01T00:00:00Z") },
    { tenant: "globex", change: "enforce", devices: 0, refused: 0, takenAt: new Date("2025-06-01T00:00:00Z") },
  ],
  failedDeliveries: [{ channelKind: "SLACK", count: 3 }],
  openAlerts: [{ tenant: "acme", level: "CRITICAL", count: 2 }],
};

const find = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.filter((s) => s.name === `enrollment_health_${name}` && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

describe("Prometheus exposition", () => {
  it("is valid text format with HELP and TYPE for every family", async () => {
    const { text, contentType } = await renderMetrics(SNAPSHOT);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const { families } = parseExposition(text);
    for (const [name, f] of families) {
      expect(name.startsWith("enrollment_health_")).toBe(true);
      expect(f.type).toBe("gauge");
      expect(f.help.length).toBeGreaterThan(10);
    }
  });

  it.each<[string, Record<string, string>, number]>([
    ["token_expiry_timestamp_seconds", { tenant: "acme", kind: "auth", stage: "current", token_set: "101" }, 1754017200],
    ["token_days_left", { tenant: "acme", kind: "auth", stage: "pending", token_set: "102" }, 152],
    ["token_days_left", { tenant: 'we"ird\\slug', kind: "encryption" }, -32],
    ["token_set_enforced", { tenant: "acme", token_set: "101" }, 1],
    ["token_set_enforced", { tenant: "acme", token_set: "102" }, 0],
    ["secure_enrollment_state", { tenant: "acme", state: "enforced" }, 1],
    ["secure_enrollment_state", { tenant: "acme", state: "not_enforced" }, 0],
    ["secure_enrollment_state", { tenant: "globex", state: "not_enforced" }, 1],
    ["next_rotation_timestamp_seconds", { tenant: "acme" }, 1752537600],
    ["readiness_ratio", { tenant: "acme", change: "rotate-single-token" }, 0.75],
    ["notification_deliveries_failed", { channel_kind: "slack" }, 3],
    ["notification_deliveries_failed", { channel_kind: "email" }, 0],
    ["open_alerts", { tenant: "acme", level: "critical" }, 2],
  ])("%s %j = %d", async (name, labels, value) => {
    const { samples } = parseExposition((await renderMetrics(SNAPSHOT)).text);
    const found = find(samples, name, labels);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe(value);
  });

  it("omits what is unknown rather than inventing it (no expiry, no devices, no plan)", async () => {
    const { samples } = parseExposition((await renderMetrics(SNAPSHOT)).text);
    expect(find(samples, "token_expiry_timestamp_seconds", { tenant: "globex" })).toEqual([]);
    expect(find(samples, "readiness_ratio", { tenant: "globex" })).toEqual([]);
    expect(find(samples, "readiness_snapshot_timestamp_seconds", { tenant: "globex" })).toHaveLength(1);
    expect(find(samples, "next_rotation_timestamp_seconds", { tenant: "globex" })).toEqual([]);
  });

  it("is valid with nothing to report", async () => {
    const empty = { tokens: [], tokenSets: [], tenants: [], readiness: [], failedDeliveries: [], openAlerts: [] };
    const { samples } = parseExposition((await renderMetrics(empty)).text);
    expect(samples.map((s) => s.name)).toEqual(Array(4).fill("enrollment_health_notification_deliveries_failed"));
  });
});
