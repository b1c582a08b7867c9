// Entra ID client credentials through @azure/msal-node (APIS.md: "Prefer @azure/msal-node").
//
// Pointing MSAL at the simulator without bypassing it: MSAL only accepts https authorities
// (msal-common UrlString.validateAsUri), so the simulator answers the login endpoints over TLS with a
// certificate it generates at start-up. MSAL then runs its ordinary code paths:
// - `knownAuthorities: [<host:port>]` makes MSAL trust a non-Microsoft host, skipping cloud instance
//   discovery (exactly how B2C/ADFS authorities are configured), and
// - OIDC discovery (`/{tenant}/v2.0/.well-known/openid-configuration`) and the token POST go through
//   `system.networkClient`, which we implement on our http.ts, so they share our timeouts, retries,
//   redacted logs, and our transport, which trusts an optional extra CA (the simulator's certificate,
//   or in production a TLS-inspecting proxy's CA).
// MSAL caches the token in memory and renews it 5 minutes before expiry; a 401 from Graph forces one
// refresh (`skipCache`).
import { ConfidentialClientApplication, LogLevel, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from "@azure/msal-node";
import { IntegrationError } from "../errors";
import type { HttpClient } from "../http";

export const MICROSOFT_LOGIN = "https://login.microsoftonline.com";
export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";
const MICROSOFT_HOSTS = /(^|\.)(microsoftonline\.com|microsoftonline\.us|chinacloudapi\.cn|microsoft\.com)$/i;

export interface TokenSource {
  /** A Graph access token (cached by MSAL); `refresh` skips the cache. */
  getToken(refresh: boolean, signal?: AbortSignal): Promise<string>;
}

/** MSAL's network module on top of our HttpClient: every status comes back to MSAL, which reads the bodies. */
function networkModule(http: HttpClient, onFailure: (error: IntegrationError) => void): INetworkModule {
  const send = async <T>(method: "GET" | "POST", url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> => {
    const endpoint = /\/oauth2\/v2\.0\/token/.test(url) ? "{tenant}/oauth2/v2.0/token" : "{tenant}/v2.0/.well-known/openid-configuration";
    try {
      // Token and discovery requests have no side effect: safe to retry like a GET.
      const response = await http.request({ method, path: url, endpoint, headers: options?.headers, body: options?.body, raw: true, idempotent: true, auth: false, timeoutMs: timeout });
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        throw new IntegrationError({ code: "upstream", vendor: "intune", endpoint, status: response.status, message: `intune ${endpoint}: HTTP ${response.status} with a non-JSON body` });
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      return { status: response.status, headers, body: body as T };
    } catch (error) {
      if (error instanceof IntegrationError) onFailure(error);
      throw error;
    }
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send("GET", url, options, timeout),
    sendPostRequestAsync: (url, options) => send("POST", url, options),
  };
}

export interface EntraCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default https://login.microsoftonline.com; the simulator's https URL in tests and the demo. */
  authorityHost?: string;
  scope?: string;
}

export function createTokenSource(credentials: EntraCredentials, http: HttpClient): TokenSource {
  const host = new URL(credentials.authorityHost ?? MICROSOFT_LOGIN);
  if (host.protocol !== "https:") throw new RangeError("the Entra authority must be https (MSAL refuses anything else)");
  let lastNetworkFailure: IntegrationError | undefined;
  let inFlight: Promise<string> | undefined;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      authority: `${host.origin}/${encodeURIComponent(credentials.tenantId)}`,
      // Microsoft clouds are known to MSAL; any other host (the simulator) must be declared.
      knownAuthorities: MICROSOFT_HOSTS.test(host.hostname) ? [] : [host.host],
    },
    system: {
      networkClient: networkModule(http, (error) => {
        lastNetworkFailure = error;
      }),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message) => http.logger.warn({ vendor: "intune", source: "msal" }, message),
      },
    },
  });
  const acquire = async (refresh: boolean): Promise<string> => {
    lastNetworkFailure = undefined;
    try {
      const result = await app.acquireTokenByClientCredential({ scopes: [credentials.scope ?? GRAPH_SCOPE], skipCache: refresh });
      if (!result?.accessToken) throw new IntegrationError({ code: "upstream", vendor: "intune", endpoint: "{tenant}/oauth2/v2.0/token", message: "intune token endpoint: no access token returned" });
      http.secrets.add(result.accessToken);
      return result.accessToken;
    } catch (error) {
      throw toIntegrationError(error, lastNetworkFailure);
    }
  };
  return {
    getToken(refresh, signal) {
      signal?.throwIfAborted();
      if (refresh) return acquire(true);
      // Concurrent first calls share one acquisition; later ones are answered from MSAL's cache.
      inFlight ??= acquire(false).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

const CREDENTIAL_ERRORS = new Set(["invalid_client", "unauthorized_client", "invalid_request", "invalid_grant"]);

/** MSAL errors → IntegrationError. MSAL turns our network module's errors into its own, so the last one we saw wins. */
function toIntegrationError(error: unknown, networkFailure: IntegrationError | undefined): IntegrationError {
  if (error instanceof IntegrationError) return error;
  const endpoint = "{tenant}/oauth2/v2.0/token";
  const record = (error ?? {}) as { errorCode?: string; errorMessage?: string; status?: number; name?: string };
  if (networkFailure && record.name !== "ServerError") return networkFailure;
  const aadsts = /AADSTS\d+/.exec(record.errorMessage ?? "")?.[0];
  const detail = [record.errorCode, aadsts].filter(Boolean).join(" ");
  if (record.name === "ServerError" && CREDENTIAL_ERRORS.has(record.errorCode ?? "")) {
    return new IntegrationError({ code: "unauthorized", vendor: "intune", endpoint, status: record.status, cause: error, message: `intune: Entra ID refused the app credentials (${detail})` });
  }
  if (record.errorCode === "invalid_scope" || record.errorCode === "unauthorized_client_app") {
    return new IntegrationError({ code: "forbidden", vendor: "intune", endpoint, status: record.status, cause: error, message: `intune: Entra ID refused the Graph scope (${detail})` });
  }
  const status = record.status;
  const code = status === 429 ? "rate_limited" : "upstream";
  return new IntegrationError({ code, vendor: "intune", endpoint, status, retryable: code === "rate_limited" || (status ?? 0) >= 500, cause: error, message: `intune: could not obtain a Graph token (${detail || "unknown MSAL error"})` });
}
