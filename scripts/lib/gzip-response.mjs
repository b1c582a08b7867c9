// Gzip for every response of the production server (scripts/serve.mjs), in place of Next's own
// compression (`compress: false` in next.config.ts). Next hands a whole page to the response in one
// burst (the overview: ~160 kB of HTML written before `end`), and the `compression` middleware Next
// uses deflates it in an asynchronous zlib stream: each write is a round trip through libuv's thread
// pool, and on a busy 2-core machine that cost the overview ~4 ms of server time, as much as a whole
// level-6 deflate several times over (issue 6, measured in NOTES). Here:
//
// - a body that is complete within one event-loop turn (pages without Suspense, JSON, small files) is
//   compressed at once, synchronously (`zlib.gzipSync`: ~0.6 ms for the overview at level 1). Next
//   flushes the headers as the first chunk arrives; they wait for the end of that turn, so such a
//   body is decided on its whole length (under 1 kB it is sent as it is) and goes out with its
//   headers, in one write, with a Content-Length;
// - a body that goes on after that turn (streamed pages, CSV exports, static files read from disk)
//   continues through a zlib stream, flushed once per event-loop turn so streamed HTML reaches the
//   browser as it is rendered, with backpressure both ways.
//
// Level 1 (nginx's default `gzip_comp_level`): the overview is 21.5 kB instead of 17.8 kB at level
// 6, for less than half the CPU. What is compressed follows the `compression` middleware: compressible
// types only (`compressible`), not below 1 kB, not when already encoded, not HEAD, 204 or 304, not
// under `Cache-Control: no-transform`, and only when Accept-Encoding allows gzip (`negotiator`);
// `Vary: Accept-Encoding` on every compressible response.
import zlib from "node:zlib";
import compressible from "compressible";
import Negotiator from "negotiator";
import onHeaders from "on-headers";
import vary from "vary";

export const GZIP_LEVEL = 1;
/** Bodies smaller than this are sent as they are (the gzip header alone is 18 bytes, and small responses gain little). */
export const GZIP_THRESHOLD = 1024;
/** A one-burst body larger than this goes through the zlib stream instead, so one response never blocks the event loop for long (~4 ms per MiB at level 1). */
export const ONE_SHOT_MAX = 1024 * 1024;

const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** @param {string | Uint8Array} chunk @param {BufferEncoding | undefined} encoding */
function toBuffer(chunk, encoding) {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** @param {import("node:http").ServerResponse} res */
const compressibleResponse = (res) => {
  const type = res.getHeader("Content-Type");
  return typeof type === "string" && compressible(type) && !NO_TRANSFORM.test(String(res.getHeader("Cache-Control") ?? ""));
};

/**
 * Whether a compressible response may be encoded: not encoded yet, a status with a body, and a client
 * that accepts gzip.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function encodable(req, res) {
  const encoding = String(res.getHeader("Content-Encoding") ?? "identity").toLowerCase();
  if (encoding !== "identity") return false;
  if (req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304 || res.statusCode < 200) return false;
  return acceptsGzip(req.headers["accept-encoding"]);
}

/**
 * Whether the response could be gzipped, its length aside.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
const gzipPossible = (req, res) => compressibleResponse(res) && encodable(req, res);

/**
 * Accept-Encoding values seen, and whether each accepts gzip: a handful of distinct values in practice,
 * each negotiated once (~0.1 ms a time). Bounded like lib/domain/bounded-memo.ts, which this plain-Node
 * module cannot import (serve.mjs runs without a TypeScript loader).
 */
const negotiated = new Map();
const NEGOTIATED_MAX = 500;

/** @param {string | undefined} acceptEncoding */
function acceptsGzip(acceptEncoding) {
  const key = acceptEncoding ?? "";
  let yes = negotiated.get(key);
  if (yes === undefined) {
    yes = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encoding(["gzip", "identity"], ["gzip"]) === "gzip";
    if (negotiated.size >= NEGOTIATED_MAX) negotiated.clear();
    negotiated.set(key, yes);
  }
  return yes;
}

/**
 * Whether the response being started should be gzipped. `bodyLength` is the whole body's length when
 * it is known as the headers go out (the body came within one turn), otherwise undefined.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number | undefined} bodyLength
 */
function shouldGzip(req, res, bodyLength) {
  if (!compressibleResponse(res)) return false;
  vary(res, "Accept-Encoding");
  const declared = res.getHeader("Content-Length");
  const length = declared !== undefined ? Number(declared) : bodyLength;
  if (length !== undefined && length < GZIP_THRESHOLD) return false;
  return encodable(req, res);
}

/**
 * Gzips what is written to `res` from now on, when the response qualifies (decided as its headers go
 * out). Call before anything is written.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function gzipResponse(req, res) {
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  /** @type {"undecided" | "identity" | "gzip"} */
  let mode = "undecided";
  /** @type {boolean | undefined} whether gzip is possible at all, as the response's headers stood when first asked */
  let possible;
  const canGzip = () => (possible ??= gzipPossible(req, res));
  /** Whether the headers were asked to go out before the body (flushHeaders) and are held till the end of the turn. */
  let headersWanted = false;
  /** @type {Buffer[]} the first turn's chunks: compressed together (or sent as they are) when `end` comes in the same turn */
  let pending = [];
  let pendingBytes = 0;
  /** @type {zlib.Gzip | null} */
  let stream = null;
  let flushScheduled = false;
  /** @type {number | undefined} the compressed length, when the whole body was compressed before the headers went out */
  let oneShotLength;

  // Decided as the headers go out (or by `end(body)` just before, when it knows the body's length).
  onHeaders(res, function decide() {
    if (mode === "undecided") mode = shouldGzip(req, res, undefined) ? "gzip" : "identity";
    if (mode === "gzip") {
      res.setHeader("Content-Encoding", "gzip");
      if (oneShotLength !== undefined) res.setHeader("Content-Length", oneShotLength);
      else if (res.hasHeader("Content-Length")) res.removeHeader("Content-Length");
    }
  });

  /** Keeps a chunk of the first turn. */
  function hold(/** @type {Buffer} */ buf) {
    pending.push(buf);
    pendingBytes += buf.length;
  }

  /** What the first turn wrote, as one buffer; nothing is held afterwards. */
  function takePending() {
    const body = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return body;
  }

  /** Moves to the zlib stream: what was buffered goes first; its output is written as it comes, paused while the socket is full. */
  function startStream() {
    if (stream) return stream;
    const gz = zlib.createGzip({ level: GZIP_LEVEL });
    stream = gz;
    gz.on("data", (/** @type {Buffer} */ out) => {
      if (write.call(res, out) === false) gz.pause();
    });
    gz.on("error", (err) => res.destroy(err));
    // The zlib stream has room again: whoever waits for the response's 'drain' may write on.
    gz.on("drain", () => res.emit("drain"));
    res.on("drain", () => gz.resume());
    res.once("close", () => {
      if (!gz.writableFinished) gz.destroy();
    });
    if (pending.length > 0) gz.write(takePending());
    return gz;
  }

  /**
   * The body goes on past the first turn (or past ONE_SHOT_MAX): decided without its length, the
   * headers go out, and what was held follows as it is (identity) or into the zlib stream (gzip).
   */
  function commitStreamed() {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (mode === "identity" && pending.length > 0) write.call(res, takePending());
  }

  /** Streamed output reaches the client once per event-loop turn, not once per write. */
  function scheduleFlush() {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      if (res.writableEnded) return;
      if (mode === "undecided") commitStreamed();
      if (stream && !stream.writableEnded) stream.flush();
      else if (!stream && pending.length > 0) startStream().flush();
      // Headers asked for are out by the end of the turn, whatever came of the body (a second call is a no-op).
      if (headersWanted) {
        headersWanted = false;
        flushHeaders.call(res);
      }
    });
  }

  // Next flushes the headers as the first chunk of a body arrives. For a response that may be gzipped
  // they wait for the end of that turn and go out with the body: a body complete within the turn is
  // then decided on its length (a small one is sent as it is) and sent with a Content-Length, in one
  // write instead of two.
  res.flushHeaders = function heldFlushHeaders() {
    if (this.headersSent || mode !== "undecided" || !canGzip()) return flushHeaders.call(this);
    headersWanted = true;
    scheduleFlush();
  };

  /** @type {typeof res.write} */
  res.write = function gzipWrite(chunk, encodingOrCb, cb) {
    // Held undecided only when gzip is possible at all; anything else is decided (identity) and passed on.
    if (!this.headersSent && mode === "undecided" && !canGzip()) this.writeHead(this.statusCode);
    if (mode === "identity") return write.apply(this, /** @type {any} */ (arguments));
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof encodingOrCb === "function" ? encodingOrCb : cb;
    const buf = toBuffer(chunk, encoding);
    scheduleFlush();
    if (stream) return stream.write(buf, callback);
    hold(buf);
    if (callback) process.nextTick(callback);
    if (pendingBytes <= ONE_SHOT_MAX) return true;
    commitStreamed();
    return mode === "gzip" ? !startStream().writableNeedDrain : true;
  };

  /** @type {typeof res.end} */
  res.end = function gzipEnd(chunk, encodingOrCb, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encodingOrCb === "function") {
      cb = encodingOrCb;
      encodingOrCb = undefined;
    }
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const buf = chunk === undefined || chunk === null ? undefined : toBuffer(chunk, encoding);
    // The whole body is here (what this turn held, and this last chunk): decided on its length; Node
    // sends the Content-Length of what end() is given.
    if (!this.headersSent && mode === "undecided") mode = shouldGzip(req, this, pendingBytes + (buf?.length ?? 0)) ? "gzip" : "identity";
    if (mode !== "gzip") {
      if (pending.length > 0) return end.call(this, buf ? Buffer.concat([takePending(), buf]) : takePending(), cb);
      return buf === undefined ? end.call(this, cb) : end.call(this, buf, cb);
    }
    if (buf) {
      if (stream) stream.write(buf);
      else hold(buf);
    }
    if (!stream && pendingBytes <= ONE_SHOT_MAX) {
      const body = zlib.gzipSync(takePending(), { level: GZIP_LEVEL });
      if (!this.headersSent) oneShotLength = body.length;
      return end.call(this, body, cb);
    }
    const gz = startStream();
    gz.once("end", () => end.call(res, cb));
    gz.end();
    return this;
  };
}
