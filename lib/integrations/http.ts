// The HTTP core every vendor client uses: timeouts, retries with backoff and full jitter, Retry-After
// and RateLimit-Reset, per-service limits, cancellation, redacted structured logs, IntegrationError.
// Retry rules: only idempotent methods (GET/HEAD/PUT/DELETE), calls that declare themselves
// idempotent (a full replace sent by POST) or calls carrying an idempotency key are retried, as
// Netskope's SDK does [sdk]. The default budget is DEFAULT_RETRY_POLICY (5 attempts, <= 60 s waiting).
import { systemClock, type Clock } from "./clock";
import { codeForStatus, IntegrationError, type IntegrationErrorCode, type Vendor } from "./errors";
import { buildUrl, rateLimitOf, requestIdOf, tryJson, vendorMessage, type QueryValue, type RateLimitInfo } from "./http-support";
import { redactingLogger, silentLogger, type IntegrationLogger } from "./logger";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { redactUrl, SecretRegistry } from "@/lib/log/redact";
import { backoffDelay, DEFAULT_RETRY_POLICY, IDEMPOTENT_METHODS, isRetryableStatus, type RetryPolicy } from "./retry";
import { fetchTransport, type Transport } from "./transport";

export type { QueryValue, RateLimitInfo } from "./http-support";
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HttpClientOptions {
  vendor: Vendor;
  baseUrl: string;
  transport?: Transport;
  logger?: IntegrationLogger;
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  limiter?: RateLimiter;
  secrets?: SecretRegistry;
  /** Auth headers for an attempt; called with `refresh: true` once after a 401 (expired token). */
  auth?: (options: { refresh: boolean; signal?: AbortSignal }) => Promise<Record<string, string>>;
  /** A 2xx body that is an error all the same (Netskope's `{"status":"error"}` [sdk]); returns its message. */
  errorInBody?: (body: unknown) => string | undefined;
  /** What a 429 pauses: the endpoint (Netskope, per endpoint limits) or the whole service (Graph). */
  throttleScope?: "endpoint" | "service";
  headers?: Record<string, string>;
}

export interface RequestSpec {
  method: HttpMethod;
  /** Appended to the base URL, or an absolute URL (Graph's `@odata.nextLink`). */
  path: string;
  /** Path template ("enrollment/tokenset/{tsid}"): the rate-limit key, and what logs and errors name. */
  endpoint: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
  contentType?: string;
  accept?: string;
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`; makes a POST/PATCH retryable. */
  idempotencyKey?: string;
  /** This POST/PATCH has the same effect when repeated (a read by POST, a full replace). */
  idempotent?: boolean;
  /** Statuses returned instead of thrown. */
  acceptStatus?: readonly number[];
  /** Return whatever the server answers (after retries); for MSAL's network module. */
  raw?: boolean;
  /** Default true; false for the token endpoints themselves. */
  auth?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  requestId?: string;
  attempts: number;
  rateLimit?: RateLimitInfo;
}

type Failure =
  | { kind: "status"; status: number; headers: Headers; body: string }
  | { kind: "timeout" | "network"; cause: unknown };

export class HttpClient {
  readonly vendor: Vendor;
  readonly secrets: SecretRegistry;
  readonly clock: Clock;
  readonly #options: HttpClientOptions;
  readonly #transport: Transport;
  readonly #logger: IntegrationLogger;
  readonly #limiter: RateLimiter;
  readonly #policy: RetryPolicy;

  constructor(options: HttpClientOptions) {
    this.vendor = options.vendor;
    this.#options = options;
    this.clock = options.clock ?? systemClock;
    this.secrets = options.secrets ?? new SecretRegistry();
    this.#transport = options.transport ?? fetchTransport;
    this.#logger = redactingLogger(options.logger ?? silentLogger, this.secrets);
    this.#limiter = options.limiter ?? createRateLimiter(this.clock);
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  get logger(): IntegrationLogger {
    return this.#logger;
  }

  /** Sends `spec`, retrying within budget; returns 2xx (and `acceptStatus`) responses, throws IntegrationError otherwise. */
  async request(spec: RequestSpec): Promise<HttpResponse> {
    const policy = { ...this.#policy, ...spec.retry };
    const retrySafe = IDEMPOTENT_METHODS.has(spec.method) || spec.idempotent === true || spec.idempotencyKey !== undefined;
    // Idempotent or not, anything but GET/HEAD counts against write limits (Intune: 200 writes / 20 s).
    const write = spec.method !== "GET" && spec.method !== "HEAD";
    let waited = 0;
    let refreshedAuth = false;
    let refreshNext = false;
    let maybeProcessed = false;
    for (let attempt = 1; ; attempt++) {
      const release = await this.#limiter.acquire(spec.endpoint, { write, signal: spec.signal });
      const started = this.clock.now();
      let outcome: HttpResponse | Failure;
      try {
        outcome = await this.#attempt(spec, refreshNext, attempt);
        refreshNext = false;
      } finally {
        release();
      }
      const status = "kind" in outcome ? (outcome.kind === "status" ? outcome.status : undefined) : outcome.status;
      const durationMs = this.clock.now() - started;
      const base = { vendor: this.vendor, method: spec.method, endpoint: spec.endpoint, attempt, status, durationMs };
      if (!("kind" in outcome)) {
        this.#logger.debug({ ...base, requestId: outcome.requestId }, "vendor call succeeded");
        return outcome;
      }
      if (outcome.kind === "status" && outcome.status === 401 && this.#options.auth && spec.auth !== false && !refreshedAuth) {
        // An expired token is refused before anything runs, so even a POST is safe to resend once.
        refreshedAuth = true;
        refreshNext = true;
        this.#logger.info(base, "vendor refused the token; refreshing it once");
        continue;
      }
      if (outcome.kind === "status" && outcome.status === 404 && spec.method === "DELETE" && maybeProcessed) {
        // The earlier DELETE most likely went through before its response was lost.
        this.#logger.info(base, "DELETE retry found nothing to delete; the first attempt had succeeded");
        return { status: 204, headers: outcome.headers, body: "", attempts: attempt, requestId: requestIdOf(outcome.headers) };
      }
      const transient = outcome.kind !== "status" || isRetryableStatus(outcome.status);
      const hint = outcome.kind === "status" ? this.#serverHint(outcome) : undefined;
      if (outcome.kind === "status" && outcome.status === 429 && hint !== undefined) {
        this.#limiter.pause(this.#options.throttleScope === "service" ? "*" : spec.endpoint, this.clock.now() + hint);
      }
      const wait = hint !== undefined ? hint + Math.floor(this.clock.random() * Math.min(1000, hint * 0.1)) : backoffDelay(attempt, policy, () => this.clock.random());
      const canRetry = transient && retrySafe && attempt < policy.maxAttempts && waited + wait <= policy.maxTotalWaitMs;
      if (spec.raw && outcome.kind === "status" && !canRetry) {
        return { status: outcome.status, headers: outcome.headers, body: outcome.body, attempts: attempt, requestId: requestIdOf(outcome.headers) };
      }
      if (!canRetry) {
        const error = this.#toError(spec, outcome, attempt, transient, hint);
        this.#logger.error({ ...base, code: error.code, requestId: error.requestId, retryable: error.retryable }, "vendor call failed");
        throw error;
      }
      maybeProcessed ||= outcome.kind !== "status" || (outcome.status !== 429 && outcome.status !== 503);
      this.#logger.warn({ ...base, waitMs: wait, reason: outcome.kind === "status" ? outcome.status : outcome.kind }, "vendor call will be retried");
      await this.clock.sleep(wait, spec.signal);
      waited += wait;
    }
  }

  async #attempt(spec: RequestSpec, refresh: boolean, attempt: number): Promise<HttpResponse | Failure> {
    const url = buildUrl(this.#options.baseUrl, spec.path, spec.query);
    const headers: Record<string, string> = { accept: spec.accept ?? "application/json", ...this.#options.headers, ...spec.headers };
    let body = spec.body;
    if (spec.json !== undefined) {
      body = JSON.stringify(spec.json);
      headers["content-type"] = "application/json";
    } else if (spec.form) {
      body = new URLSearchParams(spec.form).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else if (spec.contentType) headers["content-type"] = spec.contentType;
    if (spec.idempotencyKey) headers["idempotency-key"] = spec.idempotencyKey;
    if (this.#options.auth && spec.auth !== false) Object.assign(headers, await this.#options.auth({ refresh, signal: spec.signal }));
    const timeout = AbortSignal.timeout(spec.timeoutMs ?? this.#options.timeoutMs ?? 30_000);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    this.#logger.debug({ vendor: this.vendor, method: spec.method, url: redactUrl(url, this.secrets), attempt }, "vendor call");
    try {
      const response = await this.#transport({ method: spec.method, url: url.toString(), headers, body, signal });
      const rateLimit = rateLimitOf(response.headers, this.clock.now());
      if (rateLimit?.remaining === 0 && rateLimit.resetMs !== undefined) {
        // The window is spent: hold this endpoint until it resets rather than collect a 429.
        this.#limiter.pause(spec.endpoint, this.clock.now() + rateLimit.resetMs);
      }
      const ok = (response.status >= 200 && response.status < 300) || spec.acceptStatus?.includes(response.status);
      if (!ok) return { kind: "status", status: response.status, headers: response.headers, body: response.body };
      // A 200 carrying an error is an error; an accepted non-2xx answer is the caller's to read.
      if (!spec.raw && this.#options.errorInBody && response.status < 300) {
        const message = this.#options.errorInBody(tryJson(response.body));
        if (message !== undefined) {
          throw new IntegrationError({
            code: "upstream",
            vendor: this.vendor,
            endpoint: spec.endpoint,
            status: response.status,
            requestId: requestIdOf(response.headers),
            attempts: attempt,
            message: `${this.vendor} ${spec.method} ${spec.endpoint}: HTTP ${response.status} carrying an error: ${vendorMessage(JSON.stringify({ message }), this.secrets) ?? "no message"}`,
          });
        }
      }
      return { status: response.status, headers: response.headers, body: response.body, attempts: attempt, rateLimit, requestId: requestIdOf(response.headers) };
    } catch (error) {
      if (error instanceof IntegrationError) throw error;
      // The caller cancelled: not a vendor failure, hand back the caller's own reason.
      if (spec.signal?.aborted) throw spec.signal.reason;
      return { kind: timeout.aborted ? "timeout" : "network", cause: error };
    }
  }

  #serverHint(failure: { status: number; headers: Headers }): number | undefined {
    if (failure.status !== 429 && failure.status !== 503) return undefined;
    const info = rateLimitOf(failure.headers, this.clock.now());
    return info?.retryAfterMs ?? (failure.status === 429 ? info?.resetMs : undefined);
  }

  #toError(spec: RequestSpec, failure: Failure, attempts: number, transient: boolean, hint: number | undefined): IntegrationError {
    const where = `${this.vendor} ${spec.method} ${spec.endpoint}`;
    if (failure.kind !== "status") {
      const code: IntegrationErrorCode = failure.kind === "timeout" ? "timeout" : "upstream";
      const what = failure.kind === "timeout" ? "timed out" : "could not reach the service";
      return new IntegrationError({ code, vendor: this.vendor, endpoint: spec.endpoint, attempts, retryable: true, cause: failure.cause, message: `${where}: ${what} after ${attempts} attempt(s)` });
    }
    const detail = vendorMessage(failure.body, this.secrets);
    return new IntegrationError({
      code: codeForStatus(failure.status),
      vendor: this.vendor,
      endpoint: spec.endpoint,
      status: failure.status,
      requestId: requestIdOf(failure.headers),
      retryable: transient,
      retryAfterMs: hint,
      attempts,
      message: `${where}: HTTP ${failure.status}${attempts > 1 ? ` after ${attempts} attempts` : ""}${detail ? `: ${detail}` : ""}`,
    });
  }
}
