// Client status: datasearch (offset paging) and the data-export iterator (CSV pages) [sdk].
import { csvToRecords } from "../csv";
import { IntegrationError } from "../errors";
import { parseWith, tryJson } from "../http-support";
import type { ClientStatusDevice } from "../types";
import type { NetskopeContext } from "./context";
import { ClientStatusPayload, DataSearchPayload, IteratorStatusPayload } from "./schemas";
import type { CallOptions } from "./token-sets";
import { toClientStatusDevice } from "./transform";

export interface ClientStatusSearch {
  /** Window of `last_event_timestamp`; Dates or epoch seconds. */
  startTime: Date | number;
  endTime: Date | number;
  query?: string;
  fields?: string[];
  pageSize?: number;
  /** Stop after this many records (the API itself has no cap). */
  maxRecords?: number;
}

const SEARCH = "events/datasearch/clientstatus";
const epochSeconds = (value: Date | number) => (value instanceof Date ? Math.floor(value.getTime() / 1000) : Math.floor(value));

/** GET /events/datasearch/clientstatus, page by page (offset + limit) until a short page or the total [sdk]. */
export async function* iterateClientStatus(ctx: NetskopeContext, search: ClientStatusSearch, options: CallOptions = {}): AsyncGenerator<ClientStatusDevice[]> {
  const limit = search.pageSize ?? 1000;
  let offset = 0;
  for (;;) {
    const response = await ctx.http.request({
      method: "GET",
      path: SEARCH,
      endpoint: SEARCH,
      signal: options.signal,
      query: {
        starttime: epochSeconds(search.startTime),
        endtime: epochSeconds(search.endTime),
        query: search.query,
        fields: search.fields?.join(","),
        limit,
        offset,
      },
    });
    const page = parseWith(DataSearchPayload, tryJson(response.body), "netskope", SEARCH);
    const remaining = search.maxRecords === undefined ? page.records.length : Math.max(0, search.maxRecords - offset);
    const records = page.records.slice(0, remaining).map(toClientStatusDevice);
    if (records.length > 0) yield records;
    offset += page.records.length;
    const done = page.records.length < limit || (page.total !== null && offset >= page.total) || (search.maxRecords !== undefined && offset >= search.maxRecords);
    if (done) return;
  }
}

/** Every client-status record of the window, through datasearch. */
export async function searchClientStatus(ctx: NetskopeContext, search: ClientStatusSearch, options: CallOptions = {}): Promise<ClientStatusDevice[]> {
  const out: ClientStatusDevice[] = [];
  for await (const page of iterateClientStatus(ctx, search, options)) out.push(...page);
  return out;
}

export interface ClientStatusExport {
  /** Our own name for the iterator; unique per sync (e.g. `eh-<tenant>-<runId>`). */
  iteratorName: string;
  pollIntervalMs?: number;
  /** How long to wait for the iterator to become Ready. */
  readyTimeoutMs?: number;
}

/**
 * The data-export iterator [sdk]: POST .../iterator/{name}?eventtype=clientstatus (202), poll until
 * `{"status":"Ready"}`, GET .../events?operation=next until an empty page, then DELETE.
 */
export async function* iterateClientStatusExport(ctx: NetskopeContext, spec: ClientStatusExport, options: CallOptions = {}): AsyncGenerator<ClientStatusDevice[]> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(spec.iteratorName)) throw new RangeError("iterator names are 1-64 letters, digits, '-' or '_'");
  const base = `events/dataexport/iterator/${spec.iteratorName}`;
  const endpoint = "events/dataexport/iterator/{name}";
  // The name is ours and unique, so a 409 on a retried create means our first attempt got through.
  await ctx.http.request({ method: "POST", path: base, endpoint, query: { eventtype: "clientstatus" }, idempotent: true, acceptStatus: [409], signal: options.signal });
  try {
    await waitUntilReady(ctx, base, endpoint, spec, options);
    let previous: string | null = null;
    for (;;) {
      const csv = await nextPage(ctx, base, previous, options.signal);
      const rows = csvToRecords(csv, { listColumns: ["device_classification"] });
      if (rows.length === 0) return;
      previous = csv;
      yield rows.map((row) => toClientStatusDevice(parseWith(ClientStatusPayload, row, "netskope", `${endpoint}/events`)));
    }
  } finally {
    await ctx.http.request({ method: "DELETE", path: base, endpoint }).catch((error: unknown) => {
      ctx.http.logger.warn({ vendor: "netskope", endpoint, error }, "could not delete the export iterator; it expires on its own");
    });
  }
}

const PAGE_ATTEMPTS = 4;

/**
 * One page. `next` moves a server-side cursor, so a failed `next` is never simply re-sent: if the
 * lost answer had been processed, that would skip a page. Instead the page is asked again with
 * `operation=resend` (Netskope's iterators offer it for this [doc: data export iterator operations];
 * APIS.md lists only `next`, the simulator serves both): if that returns the page we already have
 * (or nothing, before the first page), the failed `next` never ran and is sent again.
 */
async function nextPage(ctx: NetskopeContext, base: string, previous: string | null, signal?: AbortSignal): Promise<string> {
  const endpoint = "events/dataexport/iterator/{name}/events";
  const get = async (operation: "next" | "resend", maxAttempts?: number) =>
    (await ctx.http.request({ method: "GET", path: `${base}/events`, endpoint, accept: "text/csv", query: { operation }, retry: maxAttempts ? { maxAttempts } : undefined, signal })).body;
  for (let attempt = 1; ; attempt++) {
    try {
      return await get("next", 1);
    } catch (error) {
      if (!(error instanceof IntegrationError) || !error.retryable || attempt >= PAGE_ATTEMPTS) throw error;
    }
    const resent = await get("resend");
    const alreadyHave = previous === null ? csvToRecords(resent).length === 0 : resent.trim() === previous.trim();
    if (!alreadyHave) return resent;
  }
}

async function waitUntilReady(ctx: NetskopeContext, base: string, endpoint: string, spec: ClientStatusExport, options: CallOptions): Promise<void> {
  const clock = ctx.http.clock;
  const deadline = clock.now() + (spec.readyTimeoutMs ?? 120_000);
  for (;;) {
    const response = await ctx.http.request({ method: "GET", path: base, endpoint, signal: options.signal });
    const status = parseWith(IteratorStatusPayload, tryJson(response.body), "netskope", endpoint).status;
    if (status.toLowerCase() === "ready") return;
    if (clock.now() >= deadline) {
      throw new IntegrationError({ code: "timeout", vendor: "netskope", endpoint, retryable: true, message: `netskope ${endpoint}: export not ready in time (last status ${status.slice(0, 40)})` });
    }
    await clock.sleep(spec.pollIntervalMs ?? 2000, options.signal);
  }
}

/** Every client-status record through the data export. */
export async function exportClientStatus(ctx: NetskopeContext, spec: ClientStatusExport, options: CallOptions = {}): Promise<ClientStatusDevice[]> {
  const out: ClientStatusDevice[] = [];
  for await (const page of iterateClientStatusExport(ctx, spec, options)) out.push(...page);
  return out;
}
