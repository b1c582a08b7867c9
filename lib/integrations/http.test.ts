import { describe, expect, it } from "vitest";
import { createFakeClock } from "./clock";
import { IntegrationError } from "./errors";
import { HttpClient, type HttpClientOptions } from "./http";
import { createMemoryLogger } from "./logger";
import { SecretRegistry } from "@/lib/log/redact";
import type { Transport, TransportRequest } from "./transport";

type Step = { status: number; body?: string; headers?: Record<string, string> } | "network-error";

/** A transport answering from a script, recording every request it got. */
function scripted(steps: Step[]): Transport & { calls: TransportRequest[] } {
  const calls: TransportRequest[] = [];
  const transport = (async (request: TransportRequest) => {
    calls.push(request);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined || step === "network-error") throw new TypeError("fetch failed");
    return { status: step.status, headers: new Headers(step.headers ?? {}), body: step.body ?? "" };
  }) as Transport & { calls: TransportRequest[] };
  transport.calls = calls;
  return transport;
}

function client(transport: Transport, options: Partial<HttpClientOptions> = {}) {
  const clock = createFakeClock(Date.parse("2026-03-01T12:00:00Z"));
  const logger = createMemoryLogger();
  const http = new HttpClient({ vendor: "netskope", baseUrl: "https://acme.eu.goskope.com/api/v2", transport, clock, logger, ...options });
  return { http, clock, logger };
}

const ok = { status: 200, body: '{"ok":true}' };
const get = { method: "GET" as const, path: "enrollment/tokenset", endpoint: "enrollment/tokenset" };

describe("HttpClient retries", () => {
  it("succeeds through 429s and 5xx within the budget, honouring Retry-After", async () => {
    const transport = scripted([{ status: 429, headers: { "retry-after": "2" } }, { status: 503 }, { status: 502 }, ok]);
    const { http, clock } = client(transport);
    const response = await http.request(get);
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(4);
    expect(transport.calls).toHaveLength(4);
    // 2 s hint plus at most 10 % jitter, then full-jitter backoffs below 1 s and 2 s.
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(2200);
    expect(clock.sleeps[1]).toBeLessThan(1000);
    expect(clock.sleeps[2]).toBeLessThan(2000);
  });

  it("gives up after maxAttempts with a retryable upstream error carrying status, attempts and request id", async () => {
    const transport = scripted([{ status: 503, headers: { "x-request-id": "req-42" }, body: '{"status":"error","message":"down for maintenance"}' }]);
    const { http } = client(transport);
    const error = await http.request(get).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IntegrationError);
    expect(error).toMatchObject({ code: "upstream", status: 503, attempts: 5, retryable: true, requestId: "req-42", vendor: "netskope", endpoint: "enrollment/tokenset" });
    expect((error as Error).message).toBe("netskope GET enrollment/tokenset: HTTP 503 after 5 attempts: down for maintenance");
    expect(transport.calls).toHaveLength(5);
  });

  it("fails fast with rate_limited and retryAfterMs when Retry-After exceeds the remaining budget", async () => {
    const transport = scripted([{ status: 429, headers: { "retry-after": "120" } }]);
    const { http, clock } = client(transport);
    await expect(http.request(get)).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 120_000, attempts: 1 });
    expect(clock.sleeps).toEqual([]);
  });

  it("uses RateLimit-Reset when a 429 has no Retry-After", async () => {
    const transport = scripted([{ status: 429, headers: { "ratelimit-reset": "3", "ratelimit-remaining": "0" } }, ok]);
    const { http, clock } = client(transport);
    await http.request(get);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(3000);
  });

  it("does not retry a POST without an idempotency key", async () => {
    const transport = scripted([{ status: 503 }, ok]);
    const { http } = client(transport);
    await expect(http.request({ method: "POST", path: "enrollment/tokenset", endpoint: "enrollment/tokenset" })).rejects.toMatchObject({ code: "upstream", attempts: 1 });
    expect(transport.calls).toHaveLength(1);
  });

  it("retries a POST that carries an idempotency key, sending the key each time", async () => {
    const transport = scripted([{ status: 503 }, "network-error", ok]);
    const { http } = client(transport);
    await http.request({ method: "POST", path: "enrollment/tokenset", endpoint: "enrollment/tokenset", idempotencyKey: "run-1:create" });
    expect(transport.calls.map((call) => call.headers["idempotency-key"])).toEqual(["run-1:create", "run-1:create", "run-1:create"]);
  });

  it("retries network errors on GET and reports them as upstream when the budget is spent", async () => {
    const { http } = client(scripted(["network-error"]), { retry: { maxAttempts: 3 } });
    await expect(http.request(get)).rejects.toMatchObject({ code: "upstream", retryable: true, attempts: 3, message: "netskope GET enrollment/tokenset: could not reach the service after 3 attempt(s)" });
  });

  it("does not retry client errors", async () => {
    const transport = scripted([{ status: 404, body: '{"message":"not here"}' }]);
    const { http } = client(transport);
    await expect(http.request(get)).rejects.toMatchObject({ code: "not_found", retryable: false, attempts: 1 });
  });

  it("treats a 404 on a retried DELETE as done (the lost first attempt had deleted it)", async () => {
    const transport = scripted([{ status: 502 }, { status: 404 }]);
    const { http } = client(transport);
    const response = await http.request({ method: "DELETE", path: "enrollment/tokenset/3", endpoint: "enrollment/tokenset/{tsid}" });
    expect(response.status).toBe(204);
  });
});

describe("HttpClient errors, auth, timeouts and cancellation", () => {
  it("turns HTTP 200 with an error envelope into an upstream error without retrying", async () => {
    const transport = scripted([{ status: 200, body: '{"status":"error","message":"bad tsid"}' }]);
    const { http } = client(transport, { errorInBody: (body) => ((body as { status?: string })?.status === "error" ? (body as { message: string }).message : undefined) });
    await expect(http.request(get)).rejects.toMatchObject({ code: "upstream", status: 200, message: expect.stringContaining("bad tsid") });
    expect(transport.calls).toHaveLength(1);
  });

  it("refreshes credentials once after a 401, even for a POST", async () => {
    const transport = scripted([{ status: 401 }, ok]);
    const refreshes: boolean[] = [];
    const { http } = client(transport, { auth: async ({ refresh }) => (refreshes.push(refresh), { authorization: `Bearer t${refreshes.length}` }) });
    await http.request({ method: "POST", path: "x", endpoint: "x" });
    expect(refreshes).toEqual([false, true]);
    expect(transport.calls.map((call) => call.headers.authorization)).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("maps 401 and 403 to unauthorized and forbidden", async () => {
    await expect(client(scripted([{ status: 401 }])).http.request(get)).rejects.toMatchObject({ code: "unauthorized" });
    await expect(client(scripted([{ status: 403 }])).http.request(get)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("times out a hanging attempt and reports `timeout`", async () => {
    const hanging: Transport = (request) => new Promise((_resolve, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
    const { http } = client(hanging, { retry: { maxAttempts: 2 } });
    await expect(http.request({ ...get, timeoutMs: 20 })).rejects.toMatchObject({ code: "timeout", attempts: 2, retryable: true });
  });

  it("hands back the caller's abort reason instead of a vendor error", async () => {
    const hanging: Transport = (request) => new Promise((_resolve, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
    const { http } = client(hanging);
    const controller = new AbortController();
    const pending = http.request({ ...get, signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException("user left", "AbortError")), 5);
    await expect(pending).rejects.toMatchObject({ name: "AbortError", message: "user left" });
  });

  it("pauses only the throttled endpoint after a 429 by default (Netskope limits per endpoint)", async () => {
    const transport = scripted([{ status: 429, headers: { "retry-after": "5" } }, ok]);
    const { http, clock } = client(transport);
    await expect(http.request({ method: "POST", path: "a", endpoint: "a" })).rejects.toMatchObject({ code: "rate_limited" });
    await http.request({ ...get, path: "b", endpoint: "b" });
    expect(clock.sleeps).toEqual([]);
  });

  it("pauses an endpoint whose RateLimit-Remaining hit 0 until RateLimit-Reset", async () => {
    const transport = scripted([{ status: 200, body: "{}", headers: { "ratelimit-remaining": "0", "ratelimit-reset": "1" } }, ok]);
    const { http, clock } = client(transport);
    await http.request(get);
    const before = clock.now();
    await http.request(get);
    expect(clock.now() - before).toBeGreaterThanOrEqual(1000);
  });

  it("never logs or throws the credentials it was given", async () => {
    const secrets = new SecretRegistry();
    secrets.add("super-secret-api-token");
    const transport = scripted([{ status: 503, body: '{"message":"token super-secret-api-token rejected"}' }]);
    const { http, logger } = client(transport, { secrets, auth: async () => ({ "netskope-api-token": "super-secret-api-token" }), retry: { maxAttempts: 2 } });
    const error = (await http.request({ ...get, query: { token: "super-secret-api-token" } }).catch((caught: unknown) => caught)) as Error;
    expect(logger.records.length).toBeGreaterThan(2);
    expect(JSON.stringify(logger.records)).not.toContain("super-secret-api-token");
    expect(error.message).not.toContain("super-secret-api-token");
    expect(error.message).toContain("[redacted]");
  });
});
