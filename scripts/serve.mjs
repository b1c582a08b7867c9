// The production web server: Next.js's own request handler behind admission control
// (scripts/lib/admission.mjs), so a crowd of users queues for a render slot instead of slowing every
// render down together. Static files, the health check and long downloads (CSV exports) skip the queue.
// Responses are gzipped here (scripts/lib/gzip-response.mjs), not by Next (`compress: false`).
//
//   node scripts/serve.mjs --port 3000
//   RENDER_CONCURRENCY (default: 4 per CPU core, at least 4), RENDER_QUEUE_MAX (5000),
//   RENDER_QUEUE_WAIT_MS (25000: a request that waited longer gets 503 Retry-After)
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { createAdmission } from "./lib/admission.mjs";
import { gzipResponse } from "./lib/gzip-response.mjs";

process.env.NODE_ENV = "production";
const { values: args } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } } });
const port = Number(args.port);
const positive = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return n;
};
const cores = os.availableParallelism?.() ?? os.cpus().length;
const limit = positive("RENDER_CONCURRENCY", Math.max(4, 4 * cores));
const admission = createAdmission({
  limit,
  maxQueue: positive("RENDER_QUEUE_MAX", 5000),
  maxWaitMs: positive("RENDER_QUEUE_WAIT_MS", 25_000),
});

/** Requests that never wait: cheap, or long-lived streams that would hold a render slot for minutes. */
const SKIP_QUEUE = [/^\/_next\/static\//, /^\/favicon\.ico$/, /^\/api\/health(\?|$)/, /^\/api\/(audit|devices)\/export(\?|$)/];

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port, hostname: args.hostname });
const handle = app.getRequestHandler();

function fail(res, err) {
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), msg: "request handler failed", err: String(err?.message ?? err) }));
  if (!res.headersSent) {
    res.statusCode = 500;
    res.end();
  } else res.destroy();
}

await app.prepare();
const server = createServer((req, res) => {
  gzipResponse(req, res);
  const url = req.url ?? "/";
  if (SKIP_QUEUE.some((re) => re.test(url))) {
    handle(req, res).catch((e) => fail(res, e));
    return;
  }
  let finish;
  const leave = admission.enter(
    (done) => {
      finish = done;
      if (res.destroyed) return done();
      handle(req, res).catch((e) => fail(res, e));
    },
    (reason) => {
      res.writeHead(503, { "retry-after": reason === "busy" ? "10" : "5", "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("The server is busy. Try again in a few seconds.\n");
    },
  );
  // The response is over (sent, or the client went away): free the slot, or leave the queue.
  res.once("close", () => (finish ? finish() : leave()));
});
server.keepAliveTimeout = 65_000;
server.listen(port, args.hostname, () => {
  console.log(`✓ Ready on port ${port} (at most ${limit} requests rendered at once, the rest queue)`);
});

let closing = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
