import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, thresholdsFromDays } from "./countdown";
import { bannerItems, overviewTiles, sortByUrgency, tenantThresholds, tenantUrgency, tokenLines, type UrgencyTenant } from "./urgency";

const NOW = new Date("2026-11-23T09:00:00Z");
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000).toISOString();
const tenant = (name: string, over: Partial<UrgencyTenant> = {}): UrgencyTenant => ({
  id: name,
  name,
  timeZone: "UTC",
  seState: "ENFORCED",
  thresholdsDays: [30, 14, 7, 1],
  tokens: [],
  openAlerts: 0,
  ...over,
});
const tok = (id: string, days: number | null, kind: "AUTH" | "ENCRYPTION" = "AUTH") => ({ id, kind, expiresAt: days === null ? null : inDays(days) });

describe("sortByUrgency", () => {
  it.each([
    ["expired before critical", [tenant("b", { tokens: [tok("1", 0.5)] }), tenant("a", { tokens: [tok("2", -3)] })], ["a", "b"]],
    ["critical before warning before notice before ok", [tenant("ok", { tokens: [tok("1", 80)] }), tenant("notice", { tokens: [tok("2", 25)] }), tenant("warn", { tokens: [tok("3", 10)] }), tenant("crit", { tokens: [tok("4", 5)] })], ["crit", "warn", "notice", "ok"]],
    ["same level: sooner expiry first", [tenant("later", { tokens: [tok("1", 6)] }), tenant("sooner", { tokens: [tok("2", 2)] })], ["sooner", "later"]],
    ["the worst token of a multi-token tenant counts", [tenant("single", { tokens: [tok("1", 10)] }), tenant("multi", { tokens: [tok("2", 84), tok("3", 5)] })], ["multi", "single"]],
    ["no token ranks with ok; not enforced before disabled before enforced", [tenant("enf", { tokens: [tok("1", 200)] }), tenant("dis", { seState: "DISABLED" }), tenant("ne", { seState: "NOT_ENFORCED" })], ["ne", "dis", "enf"]],
    ["ties broken by open alerts, then name", [tenant("b"), tenant("c", { openAlerts: 2 }), tenant("a")], ["c", "a", "b"]],
  ])("%s", (_name, input, order) => {
    expect(sortByUrgency(input, NOW).map((x) => x.tenant.name)).toEqual(order);
  });

  it("uses the tenant's own thresholds", () => {
    expect(tenantUrgency(tenant("x", { thresholdsDays: [60, 45, 40], tokens: [tok("1", 41)] }), NOW).level).toBe("warning");
    expect(tenantUrgency(tenant("x", { tokens: [tok("1", 41)] }), NOW).level).toBe("ok");
  });

  it("lists a tenant's tokens soonest first, tokens without expiry last", () => {
    expect(tenantUrgency(tenant("x", { tokens: [tok("none", null), tok("late", 50), tok("soon", 3, "ENCRYPTION")] }), NOW).tokens.map((t) => t.id)).toEqual(["soon", "late", "none"]);
  });
});

describe("tokenLines", () => {
  const lines = (tokens: ReturnType<typeof tok>[]) => tokenLines(tenantUrgency(tenant("x", { tokens }), NOW).tokens).map((l) => [l.token.id, ...l.kinds]);
  it.each([
    ["an authentication and an encryption token expiring together share a line", [tok("a", 10), tok("e", 10, "ENCRYPTION")], [["a", "AUTH", "ENCRYPTION"]]],
    ["different instants stay apart, soonest first", [tok("a", 10), tok("e", 11, "ENCRYPTION")], [["a", "AUTH"], ["e", "ENCRYPTION"]]],
    ["two tokens of one kind stay apart even when they expire together", [tok("a1", 10), tok("a2", 10)], [["a1", "AUTH"], ["a2", "AUTH"]]],
    ["tokens without expiry never merge", [tok("a", null), tok("e", null, "ENCRYPTION")], [["a", "AUTH"], ["e", "ENCRYPTION"]]],
    ["pairs of two sets", [tok("a2", 40), tok("e1", 5, "ENCRYPTION"), tok("a1", 5), tok("e2", 40, "ENCRYPTION")], [["a1", "AUTH", "ENCRYPTION"], ["a2", "AUTH", "ENCRYPTION"]]],
  ])("%s", (_name, tokens, expected) => {
    expect(lines(tokens)).toEqual(expected);
  });
});

describe("overviewTiles", () => {
  it("counts expired and expiring tokens, unprotected tenants and active rotations", () => {
    const tenants = [
      tenant("a", { tokens: [tok("1", -1), tok("2", 29.9)] }),
      tenant("b", { seState: "NOT_ENFORCED", tokens: [tok("3", 30.1), tok("4", null)] }),
      tenant("c", { seState: "DISABLED" }),
    ];
    expect(overviewTiles(tenants, 2, NOW)).toEqual({ expired: 1, expiringSoon: 1, notEnforced: 2, rotationsInProgress: 2 });
  });
});

describe("bannerItems", () => {
  it("names critical and expired tokens only, expired first", () => {
    const items = bannerItems([tenant("a", { tokens: [tok("w", 10), tok("c", 3)] }), tenant("b", { tokens: [tok("e", -2)] })], NOW);
    expect(items.map((i) => [i.tokenId, i.level])).toEqual([["e", "expired"], ["c", "critical"]]);
    expect(items[1]).toMatchObject({ tenantName: "a", days: 3, hours: 0 });
  });
  it("is empty when nothing is critical", () => {
    expect(bannerItems([tenant("a", { tokens: [tok("1", 20)] })], NOW)).toEqual([]);
  });

  it("names exactly the tokens whose own countdown is critical or expired, whatever the zone and thresholds", () => {
    const zones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo", "America/St_Johns", "Europe/Berlin", "Australia/Lord_Howe"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 5 }),
        fc.array(fc.integer({ min: -5 * 86_400_000, max: 40 * 86_400_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 366 * 86_400_000 }),
        (timeZone, thresholdsDays, offsets, shift) => {
          const now = new Date(NOW.getTime() + shift);
          const t = tenant("x", { timeZone, thresholdsDays, tokens: offsets.map((ms, i) => ({ id: `k${i}`, kind: "AUTH" as const, expiresAt: new Date(now.getTime() + ms).toISOString() })) });
          const expected = tenantUrgency(t, now).tokens.filter((k) => k.countdown?.level === "critical" || k.countdown?.level === "expired").map((k) => k.id);
          expect(bannerItems([t], now).map((i) => i.tokenId).sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("tenantThresholds", () => {
  it.each([
    [[], DEFAULT_THRESHOLDS],
    [[30, 14, 7, 1], thresholdsFromDays([30, 14, 7, 1])],
    [[1, 7, 14, 30, 7], thresholdsFromDays([30, 14, 7, 1])],
    [[60, 10], [{ days: 60, level: "notice" }, { days: 10, level: "warning" }]],
    [[5], [{ days: 5, level: "notice" }]],
  ])("%j gives the levels thresholdsFromDays gives", (days, expected) => {
    expect(tenantThresholds(days)).toEqual(expected);
  });

  it("builds a list once and shares it between tenants with the same days", () => {
    const a = tenantThresholds([45, 20, 5]);
    expect(tenantThresholds([45, 20, 5])).toBe(a);
    expect(tenantThresholds([45, 20, 6])).not.toBe(a);
    expect(tenantThresholds([])).toBe(DEFAULT_THRESHOLDS);
  });
});

describe("tenantUrgency", () => {
  it("tokens keep their fields and gain their countdown", () => {
    const now = new Date("2026-12-03T00:00:00Z");
    const u = tenantUrgency({ id: "t", name: "T", timeZone: "UTC", seState: "ENFORCED", thresholdsDays: [], openAlerts: 0, tokens: [{ id: "k", kind: "AUTH", expiresAt: "2026-12-05T00:00:00.000Z" }, { id: "n", kind: "ENCRYPTION", expiresAt: null }] }, now);
    expect(u.tokens.map(({ countdown, ...rest }) => ({ ...rest, days: countdown?.days ?? null }))).toEqual([
      { id: "k", kind: "AUTH", expiresAt: "2026-12-05T00:00:00.000Z", days: 2 },
      { id: "n", kind: "ENCRYPTION", expiresAt: null, days: null },
    ]);
  });
});
