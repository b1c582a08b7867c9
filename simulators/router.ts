// A minimal router: method + path pattern (`:param` segments) → handler returning a plain response.
// Handlers return data instead of writing to the socket, so fault injection can replace an answer
// after the handler ran (a lost response).
import type { IncomingHttpHeaders } from "node:http";
import type { SimState } from "./state";

export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** Arrived over TLS (the Entra login side). */
  secure: boolean;
  /** `http(s)://host:port` as the client addressed us, for links we hand out. */
  origin: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export type Handler = (req: SimRequest, state: SimState) => SimResponse | Promise<SimResponse>;

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
  secureOnly: boolean;
}

export class Router {
  readonly #routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler, options: { secureOnly?: boolean } = {}): this {
    const names: string[] = [];
    const source = pattern
      .split("/")
      .map((segment) => {
        if (!segment.startsWith(":")) return segment.replace(/[.+?^${}()|[\]\\*]/g, "\\$&");
        names.push(segment.slice(1));
        return "([^/]+)";
      })
      .join("/");
    this.#routes.push({ method, regex: new RegExp(`^${source}$`), names, handler, secureOnly: options.secureOnly ?? false });
    return this;
  }

  /** The handler and params for a request; `allowed` lists methods when only the method is wrong. */
  match(method: string, path: string, secure: boolean): { handler: Handler; params: Record<string, string> } | { allowed: string[] } | null {
    const allowed: string[] = [];
    for (const route of this.#routes) {
      if (route.secureOnly && !secure) continue;
      const found = route.regex.exec(path);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? "");
      });
      return { handler: route.handler, params };
    }
    return allowed.length > 0 ? { allowed } : null;
  }
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(value) };
}

export function xml(status: number, body: string, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { "content-type": "application/xml; charset=utf-8", ...headers }, body };
}

export function text(status: number, body: string, contentType = "text/plain; charset=utf-8"): SimResponse {
  return { status, headers: { "content-type": contentType }, body };
}

export function empty(status = 204, headers: Record<string, string> = {}): SimResponse {
  return { status, headers };
}

/** The request body as JSON, or undefined when empty or malformed. */
export function bodyJson(req: SimRequest): unknown {
  if (!req.body.trim()) return undefined;
  try {
    return JSON.parse(req.body);
  } catch {
    return undefined;
  }
}

export function bearerOf(req: SimRequest): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
