// One TCP port for everything. The first byte of a connection tells TLS (0x16, a handshake) from
// plain HTTP: TLS connections are decrypted with the simulator's self-signed certificate and then
// served by the same HTTP server, so `http://host:port/graph/...` and the Entra authority
// `https://host:port/<tenant>` share one port (MSAL insists on https; the rest needs no TLS).
// The peeked bytes are read in paused mode and put back with unshift before either server sees them.
import http from "node:http";
import net from "node:net";
import tls from "node:tls";
import { faultResponse } from "./fault-response";
import type { FaultStore } from "./faults";
import { maskBody, vendorOf, type RequestLog } from "./request-log";
import { json, type Router, type SimRequest, type SimResponse } from "./router";
import type { SimState } from "./state";
import type { SelfSignedCertificate } from "./tls-cert";

export interface ServerParts {
  router: Router;
  getState: () => SimState;
  faults: FaultStore;
  log: RequestLog;
  certificate: SelfSignedCertificate;
}

const MAX_BODY = 5 * 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function concurrencyKey(path: string): string | undefined {
  const [, vendor, instance] = path.split("/");
  return vendor === "jamf" || vendor === "netskope" ? `${vendor}/${instance ?? ""}` : vendor === "graph" ? "graph" : undefined;
}

export function createSimulatorServer(parts: ServerParts): { server: net.Server; close: () => Promise<void> } {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = Date.now();
    const secure = (req.socket as tls.TLSSocket).encrypted === true;
    const url = new URL(req.url ?? "/", "http://simulator");
    const path = url.pathname;
    const vendor = vendorOf(path, secure);
    const seq = parts.log.nextSeq();
    const key = concurrencyKey(path);
    if (key) parts.log.enter(key);
    const body = await readBody(req).catch(() => "");
    const idempotencyKey = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : undefined;
    const record = (status: number, fault?: string) => {
      if (key) parts.log.leave(key);
      parts.log.add({ seq, at: new Date(started).toISOString(), method: req.method ?? "GET", path, query: url.search, vendor, status, durationMs: Date.now() - started, fault, idempotencyKey, body: body ? maskBody(body) : undefined });
    };
    const send = (response: SimResponse, fault?: string) => {
      res.writeHead(response.status, response.headers ?? {});
      res.end(response.body ?? "");
      record(response.status, fault);
    };

    const state = parts.getState();
    state.settle();
    const fault = vendor === "admin" ? undefined : parts.faults.take(req.method ?? "GET", path);
    if (fault?.kind === "drop") {
      record(0, fault.kind);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "timeout") {
      record(0, fault.kind);
      const timer = setTimeout(() => {
        timers.delete(timer);
        req.socket.destroy();
      }, fault.delayMs ?? 60_000);
      timers.add(timer);
      return;
    }
    if (fault?.kind === "slow") await sleep(fault.delayMs ?? 2000);
    if (fault && fault.phase === "before" && fault.kind !== "slow") return send(faultResponse(vendor, fault), fault.kind);

    const simReq: SimRequest = { method: req.method ?? "GET", path, params: {}, query: url.searchParams, headers: req.headers, body, secure, origin: `${secure ? "https" : "http"}://${req.headers.host ?? "127.0.0.1"}` };
    let response: SimResponse;
    const match = parts.router.match(simReq.method, path, secure);
    if (!match) response = json(404, { status: "error", message: `no route for ${simReq.method} ${path}` });
    else if ("allowed" in match) response = json(405, { status: "error", message: `method not allowed; use ${match.allowed.join(", ")}` }, { allow: match.allowed.join(", ") });
    else {
      try {
        response = await match.handler({ ...simReq, params: match.params }, state);
      } catch (error) {
        response = json(500, { status: "error", message: `simulator error: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    if (fault && fault.phase === "after" && fault.kind !== "slow") return send(faultResponse(vendor, fault), `${fault.kind}-after`);
    send(response, fault?.kind);
  };

  const httpServer = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  httpServer.keepAliveTimeout = 5_000;
  const tlsServer = new tls.Server({ cert: parts.certificate.cert, key: parts.certificate.key }, (tlsSocket) => httpServer.emit("connection", tlsSocket));
  tlsServer.on("tlsClientError", () => {});

  const route = (socket: net.Socket): void => {
    const head: Buffer | null = socket.read();
    if (head === null) {
      socket.once("readable", () => route(socket));
      return;
    }
    socket.unshift(head);
    (head[0] === 0x16 ? tlsServer : httpServer).emit("connection", socket);
  };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    route(socket);
  });

  const close = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      httpServer.closeAllConnections();
    });
  return { server, close };
}
