import { describe, expect, it } from "vitest";
import { BoundedMemo } from "./bounded-memo";

describe("BoundedMemo", () => {
  it("computes a key's value once, null included, and nothing when make throws", () => {
    const memo = new BoundedMemo<string, string | null>(10);
    let calls = 0;
    const make = (v: string | null) => () => (calls++, v);
    expect(memo.get("a", make("A"))).toBe("A");
    expect(memo.get("a", make("other"))).toBe("A");
    expect(memo.get("n", make(null))).toBeNull();
    expect(memo.get("n", make("other"))).toBeNull();
    expect(calls).toBe(2);
    expect(() => memo.get("x", () => { throw new Error("bad"); })).toThrow("bad");
    expect(memo.size).toBe(2);
  });

  it("starts afresh past its bound and stays right", () => {
    const memo = new BoundedMemo<number, number>(100);
    for (let i = 0; i < 250; i++) expect(memo.get(i, () => i * 2)).toBe(i * 2);
    expect(memo.size).toBeLessThanOrEqual(100);
    expect(memo.get(3, () => 6)).toBe(6);
  });
});
