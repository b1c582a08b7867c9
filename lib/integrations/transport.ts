// How bytes move. Production uses the global fetch; `createNodeTransport` exists for one reason:
// fetch in Node 20 cannot take a custom CA without the undici package, and the Intune client must
// trust the simulator's self-signed login certificate (or a corporate TLS-inspection CA).
import http from "node:http";
import https from "node:https";
import tls from "node:tls";

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  body: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export const fetchTransport: Transport = async (request) => {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

export interface NodeTransportOptions {
  /** Extra trusted CA certificates (PEM), added to Node's default roots. */
  ca?: string | string[];
}

/** A transport over node:http/https that trusts `ca` in addition to the system roots. */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const extra = options.ca === undefined ? [] : Array.isArray(options.ca) ? options.ca : [options.ca];
  // Passing `ca` replaces Node's root store: keep the public roots so the same transport still
  // reaches login.microsoftonline.com and graph.microsoft.com.
  const ca = extra.length > 0 ? [...tls.rootCertificates, ...extra] : undefined;
  return (request) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const url = new URL(request.url);
      const lib = url.protocol === "https:" ? https : http;
      const req = lib.request(
        url,
        { method: request.method, headers: request.headers, signal: request.signal, ...(ca && url.protocol === "https:" ? { ca } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value === undefined) continue;
              for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
            }
            resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
          });
        },
      );
      req.on("error", reject);
      if (request.body !== undefined) req.write(request.body);
      req.end();
    });
}
