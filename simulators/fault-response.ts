// The answer a fault produces, in the error format of the vendor whose path was hit.
import type { FaultRule } from "./faults";
import type { SimVendor } from "./request-log";
import { json, type SimResponse } from "./router";

function errorBody(vendor: SimVendor, status: number, message: string): unknown {
  switch (vendor) {
    case "intune":
      return { error: { code: status === 429 ? "TooManyRequests" : status >= 500 ? "ServiceUnavailable" : "BadRequest", message, innerError: { "request-id": "sim" } } };
    case "entra":
      return { error: "temporarily_unavailable", error_description: `AADSTS50196: ${message}`, error_codes: [50196] };
    case "jamf":
      return { httpStatus: status, errors: [{ code: status === 429 ? "TOO_MANY_REQUESTS" : "SERVICE_UNAVAILABLE", description: message, id: "0", field: null }] };
    default:
      // Netskope's 429 body is documented [doc]; other errors use its {"status":"error"} envelope [sdk].
      return status === 429 ? { message: "API rate limit exceeded" } : { status: "error", message };
  }
}

/** The response for a status, rate-limit or error-body fault. */
export function faultResponse(vendor: SimVendor, fault: FaultRule): SimResponse {
  if (fault.kind === "rate-limit") {
    const retryAfter = String(fault.retryAfterSec ?? 1);
    const headers: Record<string, string> = { "retry-after": retryAfter };
    if (vendor === "netskope") Object.assign(headers, { "ratelimit-limit": "4", "ratelimit-remaining": "0", "ratelimit-reset": retryAfter });
    return json(429, fault.body ?? errorBody(vendor, 429, "Too many requests (simulated)"), headers);
  }
  if (fault.kind === "error-body") {
    // HTTP 200 whose body says it failed: Netskope does this [sdk]; for the others it is a malformed answer.
    return json(200, fault.body ?? errorBody(vendor === "netskope" || vendor === "addon" ? "netskope" : vendor, 500, "Internal error (simulated)"));
  }
  const status = fault.status ?? 503;
  const headers: Record<string, string> = fault.retryAfterSec === undefined ? {} : { "retry-after": String(fault.retryAfterSec) };
  return json(status, fault.body ?? errorBody(vendor, status, `Simulated ${status}`), headers);
}
