import { describe, expect, it } from "vitest";
import { FaultStore } from "./faults";

describe("fault probability", () => {
  it("fires on about the given share of matching requests, the same ones for the same seed", () => {
    const pick = (seed: number) => {
      const store = new FaultStore();
      store.add({ path: "/jamf/*", kind: "status", status: 503, probability: 0.2, seed });
      return Array.from({ length: 2000 }, (_, i) => store.take("GET", `/jamf/x/${i}`) !== undefined);
    };
    const a = pick(7);
    const share = a.filter(Boolean).length / a.length;
    expect(share).toBeGreaterThan(0.16);
    expect(share).toBeLessThan(0.24);
    expect(pick(7)).toEqual(a);
    expect(pick(8)).not.toEqual(a);
  });

  it("without a probability fires on every match, and never on other paths", () => {
    const store = new FaultStore();
    store.add({ path: "/jamf/*", kind: "status" });
    expect(store.take("GET", "/jamf/a")).toBeDefined();
    expect(store.take("GET", "/graph/a")).toBeUndefined();
  });
});
