// The per-instance plumbing of the Jamf Pro client: OAuth client credentials and the HttpClient.
import { systemClock, type Clock } from "../clock";
import { HttpClient } from "../http";
import { parseWith, tryJson } from "../http-support";
import type { IntegrationLogger } from "../logger";
import { createRateLimiter } from "../rate-limit";
import { SecretRegistry } from "@/lib/log/redact";
import type { RetryPolicy } from "../retry";
import type { Transport } from "../transport";
import { TokenPayload } from "./schemas";

export interface JamfConfig {
  /** `https://<instance>.jamfcloud.com` (or on-premises URL), or the simulator's `/jamf/<instance>`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  logger?: IntegrationLogger;
  clock?: Clock;
  transport?: Transport;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
}

export interface JamfContext {
  http: HttpClient;
  getToken(refresh: boolean, signal?: AbortSignal): Promise<string>;
}

const TOKEN = "api/oauth/token";

export function createJamfContext(config: JamfConfig): JamfContext {
  const clock = config.clock ?? systemClock;
  const secrets = new SecretRegistry();
  secrets.add(config.clientSecret);
  const common = { vendor: "jamf" as const, baseUrl: config.baseUrl, logger: config.logger, clock, transport: config.transport, retry: config.retry, timeoutMs: config.timeoutMs, secrets };
  // The token call has its own client: if it shared the 5-connection limiter, five API calls
  // waiting for a token would hold every slot the token request needs.
  const oauth = new HttpClient(common);
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  // No caller's signal here: the request is shared, and one caller giving up must not fail the others.
  const fetchToken = async (): Promise<string> => {
    const response = await oauth.request({
      method: "POST",
      path: TOKEN,
      endpoint: TOKEN,
      form: { grant_type: "client_credentials", client_id: config.clientId, client_secret: config.clientSecret },
      // Asking for a token again has no side effect.
      idempotent: true,
      auth: false,
    });
    const body = parseWith(TokenPayload, tryJson(response.body), "jamf", TOKEN);
    secrets.add(body.access_token);
    // Renew a little early (10% of the lifetime, at most a minute) so no call carries a token that expires in flight.
    const margin = Math.min(60_000, body.expires_in * 100);
    cached = { token: body.access_token, expiresAt: clock.now() + body.expires_in * 1000 - margin };
    return body.access_token;
  };

  const getToken = async (refresh: boolean, signal?: AbortSignal): Promise<string> => {
    signal?.throwIfAborted();
    if (!refresh && cached && clock.now() < cached.expiresAt) return cached.token;
    // Concurrent callers share one token request.
    inFlight ??= fetchToken().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const http = new HttpClient({
    ...common,
    // Jamf has no rate limit but recommends at most 5 concurrent connections [doc].
    limiter: createRateLimiter(clock, { maxConcurrent: 5 }),
    auth: async ({ refresh, signal }) => ({ authorization: `Bearer ${await getToken(refresh, signal)}` }),
  });
  return { http, getToken };
}
