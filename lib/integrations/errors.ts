// The one error type `lib/integrations` throws for vendor failures (STYLE.md, Boundaries 4).
// Messages are built by us from safe parts (vendor, method, path template, status, the vendor's own
// message after redaction), never from request bodies or headers.
import { redactText } from "@/lib/log/redact";

export type Vendor = "netskope" | "intune" | "jamf";
export type IntegrationErrorCode = "unauthorized" | "forbidden" | "rate_limited" | "not_found" | "upstream" | "timeout";

export interface IntegrationErrorInit {
  code: IntegrationErrorCode;
  vendor: Vendor;
  message: string;
  status?: number;
  requestId?: string;
  retryable?: boolean;
  /** When the vendor told us to come back (Retry-After / RateLimit-Reset), in ms from the failure. */
  retryAfterMs?: number;
  /** The logical endpoint (path template), for logs and "Test connection" reports. */
  endpoint?: string;
  attempts?: number;
  cause?: unknown;
}

export class IntegrationError extends Error {
  override readonly name = "IntegrationError";
  readonly code: IntegrationErrorCode;
  readonly vendor: Vendor;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly endpoint: string | undefined;
  readonly attempts: number | undefined;

  constructor(init: IntegrationErrorInit) {
    super(redactText(init.message), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.vendor = init.vendor;
    this.status = init.status;
    this.requestId = init.requestId;
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
    this.endpoint = init.endpoint;
    this.attempts = init.attempts;
  }

  /** A plain object for logs and API responses; carries no secret by construction. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      vendor: this.vendor,
      status: this.status,
      requestId: this.requestId,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      endpoint: this.endpoint,
      attempts: this.attempts,
      message: this.message,
    };
  }
}

export function isIntegrationError(value: unknown): value is IntegrationError {
  return value instanceof IntegrationError;
}

/** Maps an HTTP status to our code. 4xx other than the named ones are the vendor refusing our request: `upstream`. */
export function codeForStatus(status: number): IntegrationErrorCode {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status === 408 || status === 504) return "timeout";
  return "upstream";
}
