// Fault injection through the simulator: retries within budget, giving up beyond it, never repeating
// a non-idempotent write, and the client-side rate limit keeping the simulator from answering 429.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/simulators/index";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { createFakeClock } from "../clock";
import { IntegrationError } from "../errors";
import { createNetskopeClient } from "./client";

let sim: RunningSimulator;
const TOKENSET = "/netskope/acme/api/v2/enrollment/tokenset";

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

/** A client whose retry waits are instant (fake clock), so Retry-After: 30 costs nothing. */
function fastClient(slug: string = TEST.acme.slug, apiToken: string = TEST.acme.rwToken) {
  const clock = createFakeClock();
  return { clock, ns: createNetskopeClient({ baseUrl: sim.netskopeBaseUrl(slug), apiToken, clock, timeoutMs: 2000 }) };
}

describe("retries against injected faults", () => {
  it("gets through two 429s and two 5xx within the budget, honouring Retry-After", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "rate-limit", retryAfterSec: 20, times: 2 });
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "status", status: 503, times: 1 });
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "status", status: 500, times: 1 });
    const { ns, clock } = fastClient();
    expect(await ns.listTokenSets()).toHaveLength(1);
    expect(sim.requestLog.entries().map((entry) => entry.status)).toEqual([429, 429, 503, 500, 200]);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(20_000);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(20_000);
    expect(clock.sleeps[2]).toBeLessThan(1500);
  });

  it("gives up after 5 attempts with a clear, retryable IntegrationError", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "status", status: 503 });
    const { ns } = fastClient();
    const error = await ns.listTokenSets().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IntegrationError);
    expect(error).toMatchObject({ code: "upstream", status: 503, attempts: 5, retryable: true, message: "netskope GET enrollment/tokenset: HTTP 503 after 5 attempts: Simulated 503" });
    expect(sim.requestLog.count("GET", TOKENSET)).toBe(5);
  });

  it("stops at once when Retry-After exceeds the budget, telling the caller when to come back", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "rate-limit", retryAfterSec: 300 });
    const { ns } = fastClient();
    await expect(ns.listTokenSets()).rejects.toMatchObject({ code: "rate_limited", status: 429, retryAfterMs: 300_000, attempts: 1 });
  });

  it("never retries creating a token set without an idempotency key", async () => {
    sim.faults.add({ method: "POST", path: "/netskope/globex/api/v2/enrollment/tokenset", kind: "status", status: 503, times: 1 });
    const { ns } = fastClient(TEST.globex.slug, TEST.globex.rwToken);
    await expect(ns.createTokenSet()).rejects.toMatchObject({ code: "upstream", status: 503, attempts: 1 });
    expect(sim.requestLog.count("POST", "/netskope/globex/api/v2/enrollment/tokenset")).toBe(1);
    expect(sim.state.netskope.get("globex")?.tokenSets).toHaveLength(1);
  });

  it("retries creating a token set that carries an idempotency key, creating exactly one", async () => {
    sim.faults.add({ method: "POST", path: "/netskope/globex/api/v2/enrollment/tokenset", kind: "rate-limit", retryAfterSec: 1, times: 2 });
    const { ns } = fastClient(TEST.globex.slug, TEST.globex.rwToken);
    await ns.createTokenSet({ idempotencyKey: "rotation-7:create-token-set" });
    const posts = sim.requestLog.entries().filter((entry) => entry.method === "POST");
    expect(posts.map((entry) => [entry.status, entry.idempotencyKey])).toEqual([[429, "rotation-7:create-token-set"], [429, "rotation-7:create-token-set"], [200, "rotation-7:create-token-set"]]);
    expect(sim.state.netskope.get("globex")?.tokenSets).toHaveLength(2);
  });

  it("sends a token regeneration once even when its response is lost (no duplicate rotation)", async () => {
    sim.faults.add({ method: "PATCH", path: `${TOKENSET}/1`, kind: "status", status: 502, phase: "after", times: 1 });
    const { ns } = fastClient();
    await expect(ns.regenerateToken(1, "auth")).rejects.toMatchObject({ code: "upstream", status: 502 });
    expect(sim.requestLog.count("PATCH", `${TOKENSET}/1`)).toBe(1);
    // The write happened server-side: a read shows the new value, which the caller can reconcile.
    expect((await ns.listTokenSets())[0]?.authToken).not.toBe(TEST.acme.currentToken);
  });

  it("retries setting enforcement (an absolute value) after a lost response", async () => {
    sim.faults.add({ method: "PATCH", path: `${TOKENSET}/1`, kind: "status", status: 504, phase: "after", times: 1 });
    const { ns } = fastClient();
    expect((await ns.setEnforceStatus(1, false)).enforced).toBe(false);
    expect(sim.requestLog.count("PATCH", `${TOKENSET}/1`)).toBe(2);
  });

  it("treats HTTP 200 with an error body as an error, without retrying", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "error-body", times: 1 });
    const { ns } = fastClient();
    await expect(ns.listTokenSets()).rejects.toMatchObject({ code: "upstream", status: 200, message: expect.stringContaining("Internal error (simulated)") });
    expect(sim.requestLog.count("GET", TOKENSET)).toBe(1);
  });

  it("retries a timed-out read and a dropped connection", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "timeout", delayMs: 5_000, times: 1 });
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "drop", times: 1 });
    const clock = createFakeClock();
    const ns = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.rwToken, clock, timeoutMs: 300 });
    expect(await ns.listTokenSets()).toHaveLength(1);
    expect(sim.requestLog.entries().map((entry) => entry.fault ?? entry.status)).toEqual(["timeout", "drop", 200]);
  });

  it("reports a slow reply beyond the timeout as `timeout` once the budget is spent", async () => {
    sim.faults.add({ method: "GET", path: TOKENSET, kind: "slow", delayMs: 400 });
    const clock = createFakeClock();
    const ns = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.rwToken, clock, timeoutMs: 100, retry: { maxAttempts: 2 } });
    await expect(ns.listTokenSets()).rejects.toMatchObject({ code: "timeout", attempts: 2 });
  });
});

describe("client-side rate limit", () => {
  it("keeps 10 concurrent calls to one endpoint under 4 per second, so the simulator never answers 429", async () => {
    const ns = createNetskopeClient({ baseUrl: sim.netskopeBaseUrl("acme"), apiToken: TEST.acme.rwToken });
    const started = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => ns.listTokenSets()));
    // Only this test's calls (a slow reply from the previous test may still land in the log).
    const statuses = sim.requestLog.entries().filter((entry) => Date.parse(entry.at) >= started).map((entry) => entry.status);
    expect(statuses).toEqual(Array(10).fill(200));
    // 10 calls at 4/s need two full windows.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it("the simulator does enforce the limit on a client that ignores it", async () => {
    const calls = Array.from({ length: 6 }, () => fetch(`${sim.netskopeBaseUrl("acme")}/enrollment/tokenset`, { headers: { "netskope-api-token": TEST.acme.rwToken } }));
    const responses = await Promise.all(calls);
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBe(2);
    expect(limited[0]?.headers.get("retry-after")).toBe("1");
    expect(await limited[0]?.json()).toEqual({ message: "API rate limit exceeded" });
  });
});
