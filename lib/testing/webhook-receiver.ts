// A local HTTP receiver for notification tests (integration and e2e): records every POST and answers
// 2xx, or the status a path asks for (`/status/500/...`), like a Slack, Teams or ticketing webhook.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  at: Date;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  /** requests whose path starts with `prefix` */
  on(prefix: string): ReceivedRequest[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body, at: new Date() });
      const m = /^\/status\/(\d{3})\//.exec(path);
      const status = m ? Number(m[1]) : 200;
      // A failing endpoint that echoes the URL it was called on, as some servers do in errors.
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : `error at ${path}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    received,
    on: (prefix) => received.filter((r) => r.path.startsWith(prefix)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
