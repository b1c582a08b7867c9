// The per-tenant plumbing of the Intune client: MSAL token source and the Graph HttpClient.
import { systemClock, type Clock } from "../clock";
import { IntegrationError } from "../errors";
import { HttpClient } from "../http";
import { parseWith, tryJson } from "../http-support";
import type { IntegrationLogger } from "../logger";
import { createRateLimiter } from "../rate-limit";
import { SecretRegistry } from "@/lib/log/redact";
import type { RetryPolicy } from "../retry";
import { createNodeTransport, fetchTransport, type Transport } from "../transport";
import { createTokenSource, MICROSOFT_LOGIN, type EntraCredentials, type TokenSource } from "./auth";
import { pageOf } from "./schemas";
import type { z } from "zod";

export interface IntuneConfig extends EntraCredentials {
  /** Default https://graph.microsoft.com; the simulator's `<url>/graph`. */
  graphBaseUrl?: string;
  /** Extra trusted CA (PEM) for the login host and Graph: the simulator's certificate, or a TLS-inspecting proxy's CA. */
  caCertificate?: string;
  logger?: IntegrationLogger;
  clock?: Clock;
  /** Overrides the transport (tests); by default fetch, or node:https when `caCertificate` is set. */
  transport?: Transport;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
}

export interface IntuneContext {
  graph: HttpClient;
  tokens: TokenSource;
}

export function createIntuneContext(config: IntuneConfig): IntuneContext {
  const clock = config.clock ?? systemClock;
  const secrets = new SecretRegistry();
  secrets.add(config.clientSecret);
  const transport = config.transport ?? (config.caCertificate ? createNodeTransport({ ca: config.caCertificate }) : fetchTransport);
  const common = { vendor: "intune" as const, logger: config.logger, clock, transport, retry: config.retry, timeoutMs: config.timeoutMs, secrets };
  const login = new HttpClient({ ...common, baseUrl: config.authorityHost ?? MICROSOFT_LOGIN });
  const tokens = createTokenSource(config, login);
  const graph = new HttpClient({
    ...common,
    baseUrl: config.graphBaseUrl ?? "https://graph.microsoft.com",
    // Graph throttles per app: a 429's Retry-After pauses every call; Intune writes 200 per 20 s per app per tenant [doc].
    throttleScope: "service",
    limiter: createRateLimiter(clock, { writes: { limit: 200, windowMs: 20_000 } }),
    auth: async ({ refresh, signal }) => ({ authorization: `Bearer ${await tokens.getToken(refresh, signal)}` }),
  });
  return { graph, tokens };
}

/** Follows `@odata.nextLink` [doc] from `path`, validating each item with `item`. */
export async function* graphPages<T extends z.ZodType>(ctx: IntuneContext, path: string, endpoint: string, item: T, query?: Record<string, string>, signal?: AbortSignal): AsyncGenerator<z.output<T>[]> {
  const origin = new URL(ctx.graph.baseUrl).origin;
  let next: string | undefined = path;
  let first = true;
  while (next) {
    // The bearer token must never follow a link to another host.
    if (/^https?:/i.test(next) && new URL(next).origin !== origin) {
      throw new IntegrationError({ code: "upstream", vendor: "intune", endpoint, message: `intune ${endpoint}: nextLink points to another host` });
    }
    const response = await ctx.graph.request({ method: "GET", path: next, endpoint, query: first ? query : undefined, signal });
    const page = parseWith(pageOf(item), tryJson(response.body), "intune", endpoint);
    yield page.value;
    next = page["@odata.nextLink"] ?? undefined;
    first = false;
  }
}

/** Collects every page. */
export async function allGraphPages<T extends z.ZodType>(ctx: IntuneContext, path: string, endpoint: string, item: T, query?: Record<string, string>, signal?: AbortSignal): Promise<z.output<T>[]> {
  const out: z.output<T>[] = [];
  for await (const page of graphPages(ctx, path, endpoint, item, query, signal)) out.push(...page);
  return out;
}
