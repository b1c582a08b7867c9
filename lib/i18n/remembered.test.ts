import { describe, expect, it } from "vitest";
import { REMEMBERED_MAX, remembered, rememberedSize } from "./remembered";

describe("remembered message texts", () => {
  it("formats once per (scope, key, values) and answers the same text afterwards", () => {
    let calls = 0;
    const say = (scope: string, key: string, values: Record<string, string | number>) =>
      remembered(scope, key, values, () => {
        calls++;
        return `${scope}/${key}/${JSON.stringify(values)}`;
      });
    expect(say("en:overview", "alerts", { count: 2 })).toBe('en:overview/alerts/{"count":2}');
    expect(say("en:overview", "alerts", { count: 2 })).toBe('en:overview/alerts/{"count":2}');
    expect(calls).toBe(1);
    // Another locale, key, value or value name is another text.
    expect(say("ja:overview", "alerts", { count: 2 })).toBe('ja:overview/alerts/{"count":2}');
    expect(say("en:overview", "drifted", { count: 2 })).toBe('en:overview/drifted/{"count":2}');
    expect(say("en:overview", "alerts", { count: 3 })).toBe('en:overview/alerts/{"count":3}');
    expect(say("en:overview", "alerts", { total: 2 })).toBe('en:overview/alerts/{"total":2}');
    expect(say("en:overview", "readiness.ready", { ready: 1, devices: 12 })).toBe('en:overview/readiness.ready/{"ready":1,"devices":12}');
    expect(say("en:overview", "readiness.ready", { ready: 11, devices: 2 })).toBe('en:overview/readiness.ready/{"ready":11,"devices":2}');
    expect(calls).toBe(7);
  });

  it("stays bounded: past the bound it starts afresh", () => {
    for (let i = 0; i < REMEMBERED_MAX + 10; i++) remembered("en:bound", "n", { i }, () => String(i));
    expect(rememberedSize()).toBeLessThanOrEqual(REMEMBERED_MAX);
    expect(remembered("en:bound", "n", { i: 3 }, () => "again")).toBe("again");
  });
});
