import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module without type declarations (run by node as is)
import { createAdmission } from "./admission.mjs";

type Done = () => void;
function harness(limit: number, opts: { maxQueue?: number; maxWaitMs?: number } = {}) {
  let clock = 0;
  const a = createAdmission({ limit, ...opts, now: () => clock });
  const started: number[] = [];
  const rejected: [number, string][] = [];
  const dones = new Map<number, Done>();
  const leaves = new Map<number, () => void>();
  const enter = (id: number) =>
    leaves.set(
      id,
      a.enter(
        (done: Done) => {
          started.push(id);
          dones.set(id, done);
        },
        (reason: string) => rejected.push([id, reason]),
      ),
    );
  return { a, started, rejected, enter, finish: (id: number) => dones.get(id)!(), leave: (id: number) => leaves.get(id)!(), tick: (ms: number) => (clock += ms) };
}

describe("admission control for renders", () => {
  it("runs at most `limit` at once and the rest in arrival order", () => {
    const h = harness(2);
    for (const id of [1, 2, 3, 4, 5]) h.enter(id);
    expect(h.started).toEqual([1, 2]);
    expect(h.a.active).toBe(2);
    expect(h.a.queued).toBe(3);
    h.finish(2);
    expect(h.started).toEqual([1, 2, 3]);
    h.finish(1);
    h.finish(3);
    expect(h.started).toEqual([1, 2, 3, 4, 5]);
  });

  it("frees a slot once, however often done is called", () => {
    const h = harness(1);
    for (const id of [1, 2, 3]) h.enter(id);
    h.finish(1);
    h.finish(1);
    expect(h.started).toEqual([1, 2]);
    expect(h.a.active).toBe(1);
  });

  it("drops a waiting request whose client went away", () => {
    const h = harness(1);
    for (const id of [1, 2, 3]) h.enter(id);
    h.leave(2);
    h.finish(1);
    expect(h.started).toEqual([1, 3]);
    expect(h.a.stats.abandoned).toBe(1);
    h.leave(3); // already running: nothing to leave
    expect(h.a.stats.abandoned).toBe(1);
  });

  it("answers busy when the queue is full, and 'waited' after too long a wait", () => {
    const h = harness(1, { maxQueue: 2, maxWaitMs: 1000 });
    for (const id of [1, 2, 3, 4]) h.enter(id);
    expect(h.rejected).toEqual([[4, "busy"]]);
    h.tick(1500);
    // The queue is full of requests that waited 1.5 s: they are refused to make room for 5.
    h.enter(5);
    expect(h.rejected).toEqual([[4, "busy"], [2, "waited"], [3, "waited"]]);
    h.enter(6);
    h.tick(1500);
    h.enter(7);
    h.finish(1);
    // 5 and 6 waited too long by the time the slot freed; 7 runs.
    expect(h.rejected.slice(3)).toEqual([[5, "waited"], [6, "waited"]]);
    expect(h.started).toEqual([1, 7]);
  });

  it("refuses a nonsensical limit", () => {
    expect(() => createAdmission({ limit: 0 })).toThrow(RangeError);
  });
});
