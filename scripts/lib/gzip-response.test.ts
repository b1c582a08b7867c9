import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module without type declarations (run by node as is)
import { GZIP_THRESHOLD, ONE_SHOT_MAX, gzipResponse } from "./gzip-response.mjs";

// A real HTTP server with gzipResponse in front of each handler, and a raw client (node:http, no
// automatic decompression), so each case sees exactly the bytes and headers a browser would.
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const handlers = new Map<string, Handler>();
const events: string[] = [];
let server: http.Server;
let base: string;

const text = (n: number, seed = "enrollment ") => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
const html = { "Content-Type": "text/html; charset=utf-8" };
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = http.createServer((req, res) => {
    gzipResponse(req, res);
    const handler = handlers.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!handler) {
      res.statusCode = 404;
      res.end();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  body: string;
}

function get(path: string, { method = "GET", acceptEncoding = "gzip, deflate, br, zstd", slow = false, traceHeaders = false } = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    const req = http.request(base + path, { method, headers, agent: false }, (res) => {
      if (traceHeaders) events.push("client: headers");
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => {
        if (chunks.length === 0) events.push("client: first bytes");
        chunks.push(c);
        if (slow) {
          res.pause();
          setTimeout(() => res.resume(), 1);
        }
      });
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw).toString("utf8") : raw.toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, body });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("gzipResponse: what is compressed", () => {
  it("gzips a page written in one turn, drops Content-Length and varies on Accept-Encoding", async () => {
    const page = text(50_000, "<tr><td>Acme</td><td>12 days</td></tr>");
    handlers.set("/page", (_req, res) => {
      res.writeHead(200, { ...html, "Content-Length": String(Buffer.byteLength(page)) });
      res.write(page.slice(0, 20_000));
      res.end(page.slice(20_000));
    });
    const got = await get("/page");
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.headers["content-length"]).toBeUndefined();
    expect(got.headers.vary).toMatch(/Accept-Encoding/i);
    expect(got.body).toBe(page);
    expect(got.raw.length).toBeLessThan(page.length / 10);
  });

  it("holds the headers flushed before the first chunk (as Next does): a body complete within the turn goes with them, with its length, gzipped only when large", async () => {
    const page = text(50_000, "<tr><td>Acme</td><td>12 days</td></tr>");
    const health = JSON.stringify({ status: "ok", database: "ok", migrations: "ok" });
    const flushedThenWritten = (body: string, type: string): Handler => (_req, res) => {
      res.statusCode = 200;
      res.setHeader("Content-Type", type);
      res.flushHeaders();
      res.write(body.slice(0, 10));
      res.write(body.slice(10));
      res.end();
    };
    handlers.set("/flushed-page", flushedThenWritten(page, html["Content-Type"]));
    handlers.set("/flushed-small", flushedThenWritten(health, "application/json"));
    const big = await get("/flushed-page");
    expect(big.headers["content-encoding"]).toBe("gzip");
    expect(Number(big.headers["content-length"])).toBe(big.raw.length);
    expect(big.headers["transfer-encoding"]).toBeUndefined();
    expect(big.body).toBe(page);
    const small = await get("/flushed-small");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers["content-length"]).toBe(String(Buffer.byteLength(health)));
    expect(small.headers.vary).toMatch(/Accept-Encoding/i);
    expect(small.body).toBe(health);
  });

  it("gzips JSON sent with end(body) alone, and keeps the status code", async () => {
    const json = JSON.stringify({ tenants: Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, name: `Tenant ${i}` })) });
    handlers.set("/json", (_req, res) => {
      res.statusCode = 201;
      res.setHeader("Content-Type", "application/json");
      res.end(json);
    });
    const got = await get("/json");
    expect(got.status).toBe(201);
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(Number(got.headers["content-length"])).toBe(got.raw.length);
    expect(JSON.parse(got.body)).toEqual(JSON.parse(json));
  });

  it("sends small bodies as they are, still varying on Accept-Encoding", async () => {
    handlers.set("/small", (_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(text(GZIP_THRESHOLD - 1));
    });
    const got = await get("/small");
    expect(got.headers["content-encoding"]).toBeUndefined();
    expect(got.headers["content-length"]).toBe(String(GZIP_THRESHOLD - 1));
    expect(got.headers.vary).toMatch(/Accept-Encoding/i);
    expect(got.body).toBe(text(GZIP_THRESHOLD - 1));
  });

  it.each([
    ["no Accept-Encoding", ""],
    ["identity only", "identity"],
    ["gzip refused", "gzip;q=0, deflate"],
    ["brotli only", "br"],
  ])("does not gzip when the client does not accept it (%s)", async (_label, acceptEncoding) => {
    handlers.set("/neg", (_req, res) => {
      res.writeHead(200, html);
      res.end(text(5000));
    });
    const got = await get("/neg", { acceptEncoding });
    expect(got.headers["content-encoding"]).toBeUndefined();
    expect(got.body).toBe(text(5000));
  });

  it("accepts gzip however the client spells its preferences", async () => {
    handlers.set("/neg2", (_req, res) => {
      res.writeHead(200, html);
      res.end(text(5000));
    });
    for (const acceptEncoding of ["gzip", "GZIP", "br;q=1.0, gzip;q=0.8, *;q=0.1", "*"]) {
      const got = await get("/neg2", { acceptEncoding });
      expect(got.headers["content-encoding"], acceptEncoding).toBe("gzip");
      expect(got.body).toBe(text(5000));
    }
  });

  it("leaves alone what is not compressible, already encoded, or marked no-transform", async () => {
    const png = Buffer.alloc(5000, 7);
    handlers.set("/png", (_req, res) => {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end(png);
    });
    handlers.set("/encoded", (_req, res) => {
      res.writeHead(200, { ...html, "Content-Encoding": "br" });
      res.end(png);
    });
    handlers.set("/no-transform", (_req, res) => {
      res.writeHead(200, { ...html, "Cache-Control": "private, no-transform" });
      res.end(text(5000));
    });
    const [a, b, c] = await Promise.all([get("/png"), get("/encoded"), get("/no-transform")]);
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(a.headers.vary).toBeUndefined();
    expect(a.raw.equals(png)).toBe(true);
    expect(b.headers["content-encoding"]).toBe("br");
    expect(b.raw.equals(png)).toBe(true);
    expect(c.headers["content-encoding"]).toBeUndefined();
    expect(c.body).toBe(text(5000));
  });

  it("does not encode HEAD answers or 304s", async () => {
    handlers.set("/head", (_req, res) => {
      res.writeHead(200, { ...html, "Content-Length": "5000" });
      res.end();
    });
    handlers.set("/304", (_req, res) => {
      res.writeHead(304, { ...html, ETag: '"x"' });
      res.end();
    });
    const [head, notModified] = await Promise.all([get("/head", { method: "HEAD" }), get("/304")]);
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBe("5000");
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
  });
});

describe("gzipResponse: streaming", () => {
  it("sends what was rendered before the rest is ready (a streamed page)", async () => {
    events.length = 0;
    const shell = text(4000, "<div>shell</div>");
    const rest = text(6000, "<tr>row</tr>");
    handlers.set("/stream", (_req, res) => {
      res.writeHead(200, html);
      res.write(shell);
      setTimeout(() => {
        events.push("server: rest written");
        res.end(rest);
      }, 150);
    });
    const got = await get("/stream");
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.body).toBe(shell + rest);
    expect(events).toEqual(["client: first bytes", "server: rest written"]);
  });

  it("sends held headers at the end of the turn, with what was written, when the body goes on (a streamed page through Next)", async () => {
    events.length = 0;
    const shell = text(4000, "<div>shell</div>");
    const rest = text(6000, "<tr>row</tr>");
    handlers.set("/flushed-stream", (_req, res) => {
      res.setHeader("Content-Type", html["Content-Type"]);
      res.flushHeaders();
      res.write(shell);
      setTimeout(() => {
        events.push("server: rest written");
        res.end(rest);
      }, 150);
    });
    const got = await get("/flushed-stream", { traceHeaders: true });
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.body).toBe(shell + rest);
    expect(events).toEqual(["client: headers", "client: first bytes", "server: rest written"]);
  });

  it("sends a small body declared by its Content-Length as it is, when it goes on behind held headers", async () => {
    const body = text(600);
    handlers.set("/flushed-declared", (_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.setHeader("Content-Length", String(body.length));
      res.flushHeaders();
      res.write(body.slice(0, 200));
      setTimeout(() => res.end(body.slice(200)), 50);
    });
    const got = await get("/flushed-declared");
    expect(got.headers["content-encoding"]).toBeUndefined();
    expect(got.headers["content-length"]).toBe(String(body.length));
    expect(got.body).toBe(body);
  });

  it("sends held headers at the end of the turn even before any body", async () => {
    events.length = 0;
    handlers.set("/flushed-late", (_req, res) => {
      res.setHeader("Content-Type", html["Content-Type"]);
      res.flushHeaders();
      setTimeout(() => {
        events.push("server: body written");
        res.end(text(5000));
      }, 150);
    });
    const got = await get("/flushed-late", { traceHeaders: true });
    expect(got.body).toBe(text(5000));
    expect(events).toEqual(["client: headers", "server: body written", "client: first bytes"]);
  });

  it("keeps every byte of a large export written with backpressure to a slow reader", async () => {
    const line = "device-0001,alice@example.com,macOS 15.2,131.0.1,refused: below the version gate\n";
    const lines = 60_000; // ~5 MB
    let sawBackpressure = false;
    handlers.set("/export", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8" });
      let i = 0;
      const pump = () => {
        while (i < lines) {
          const block = line.repeat(500);
          i += 500;
          if (!res.write(block)) {
            sawBackpressure = true;
            res.once("drain", pump);
            return;
          }
        }
        res.end();
      };
      // The first block in this turn, the rest later: the body goes through the zlib stream.
      res.write(line);
      i = 1;
      setImmediate(pump);
    });
    const got = await get("/export", { slow: true });
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.body.length).toBe(line.length * (1 + Math.ceil((lines - 1) / 500) * 500));
    expect(got.body.split("\n").every((l) => l === "" || l === line.trim())).toBe(true);
    expect(sawBackpressure).toBe(true);
  });

  it("streams a body too large to compress at once, even when it comes in one turn", async () => {
    const big = text(ONE_SHOT_MAX * 2 + 123, "0123456789abcdef");
    handlers.set("/big", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write(big.slice(0, ONE_SHOT_MAX + 10));
      res.end(big.slice(ONE_SHOT_MAX + 10));
    });
    const got = await get("/big");
    expect(got.headers["content-encoding"]).toBe("gzip");
    expect(got.body).toBe(big);
    // The same with its headers held (flushed by the handler first): too large to hold, it streams.
    handlers.set("/big-held", (_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.flushHeaders();
      res.write(big.slice(0, ONE_SHOT_MAX + 10));
      res.end(big.slice(ONE_SHOT_MAX + 10));
    });
    const held = await get("/big-held");
    expect(held.headers["content-encoding"]).toBe("gzip");
    expect(held.headers["content-length"]).toBeUndefined();
    expect(held.body).toBe(big);
  });

  it("survives a client that goes away mid-stream, and serves the next request", async () => {
    let closed = false;
    handlers.set("/abandoned", (_req, res) => {
      res.writeHead(200, html);
      res.write(text(5000));
      const timer = setInterval(() => res.write(text(5000)), 5);
      res.once("close", () => {
        closed = true;
        clearInterval(timer);
      });
    });
    await new Promise<void>((resolve, reject) => {
      const req = http.get(base + "/abandoned", { headers: { "accept-encoding": "gzip" }, agent: false }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", (e) => ((e as NodeJS.ErrnoException).code === "ECONNRESET" ? resolve() : reject(e)));
    });
    await tick(100);
    expect(closed).toBe(true);
    const again = await get("/page");
    expect(again.headers["content-encoding"]).toBe("gzip");
  });
});
