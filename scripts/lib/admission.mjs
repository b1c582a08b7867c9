// Admission control for page renders: at most `limit` requests are handled at once, the rest wait in
// arrival order. Without it, 200 concurrent users make Node interleave 200 server renders: every one
// of them finishes late, memory and garbage collection balloon, clients give up and retry, and
// throughput collapses (measured: 45 req/s with 10 users, under 6 req/s with 200). With it, the
// server keeps working at its best rate and a request's wait is its place in the queue.
//
// A request that waited longer than `maxWaitMs` gets a quick 503 with Retry-After instead of a
// render its client has probably given up on; one whose client went away while it waited is dropped.

/**
 * @param {{ limit: number; maxQueue?: number; maxWaitMs?: number; now?: () => number }} options
 */
export function createAdmission({ limit, maxQueue = 5_000, maxWaitMs = 25_000, now = () => Date.now() }) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, not ${limit}`);
  let active = 0;
  /** @type {({ start: (done: () => void) => void; reject: (reason: "busy" | "waited") => void; at: number; gone: boolean; started: boolean } | undefined)[]} */
  const queue = [];
  let head = 0;
  const stats = { admitted: 0, rejectedBusy: 0, rejectedWaited: 0, abandoned: 0, maxQueued: 0 };

  function release() {
    active -= 1;
    pump();
  }

  function run(entry) {
    entry.started = true;
    active += 1;
    stats.admitted += 1;
    let done = false;
    entry.start(() => {
      if (done) return;
      done = true;
      release();
    });
  }

  function pump() {
    while (active < limit && head < queue.length) {
      const entry = queue[head];
      queue[head] = undefined;
      head += 1;
      if (entry.gone) continue;
      if (now() - entry.at > maxWaitMs) {
        stats.rejectedWaited += 1;
        entry.reject("waited");
        continue;
      }
      run(entry);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }

  /** Refuses, from the front of the queue (the oldest), every request that has waited too long. */
  function expireWaited() {
    while (head < queue.length) {
      const entry = queue[head];
      if (entry && !entry.gone && now() - entry.at <= maxWaitMs) break;
      queue[head] = undefined;
      head += 1;
      if (entry && !entry.gone) {
        stats.rejectedWaited += 1;
        entry.reject("waited");
      }
    }
  }

  return {
    /**
     * Starts `start(done)` now or when a slot frees (call `done` once the response is over);
     * `reject` when the queue is full or the wait was too long. Returns `leave()`, for a client
     * that went away while waiting.
     * @param {(done: () => void) => void} start
     * @param {(reason: "busy" | "waited") => void} reject
     */
    enter(start, reject) {
      const entry = { start, reject, at: now(), gone: false, started: false };
      if (active < limit && head === queue.length) {
        run(entry);
        return () => {};
      }
      if (queue.length - head >= maxQueue) expireWaited();
      if (queue.length - head >= maxQueue) {
        stats.rejectedBusy += 1;
        reject("busy");
        return () => {};
      }
      queue.push(entry);
      stats.maxQueued = Math.max(stats.maxQueued, queue.length - head);
      return () => {
        if (!entry.gone && !entry.started) {
          entry.gone = true;
          stats.abandoned += 1;
        }
      };
    },
    get active() {
      return active;
    },
    get queued() {
      let n = 0;
      for (let i = head; i < queue.length; i++) if (queue[i] && !queue[i].gone) n += 1;
      return n;
    },
    stats,
  };
}
