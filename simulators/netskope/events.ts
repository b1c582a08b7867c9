// Client status: datasearch (JSON, offset paging) and the data-export iterator (CSV pages) [sdk].
import { empty, json, text, type Router, type SimRequest } from "../router";
import type { TenantState } from "../state";
import { CLIENT_STATUS_COLUMNS, clientStatusRecords, csvCells, fieldOf, writeCsv, type ClientStatusRecord } from "./client-status";
import { netskopeError, netskopeRoute } from "./guard";

/** The subset of Netskope's query language the simulator understands: `field eq 'value'` joined by `and`. */
function parseQuery(query: string | null): Array<{ field: string; value: string }> | null {
  if (!query?.trim()) return [];
  const terms = query.split(/\s+and\s+/i).map((term) => /^\s*([\w.]+)\s+eq\s+(['"])(.*)\2\s*$/.exec(term));
  if (terms.some((term) => !term)) return null;
  return terms.map((term) => ({ field: term?.[1] ?? "", value: term?.[3] ?? "" }));
}

function project(record: ClientStatusRecord, fields: string[] | null): ClientStatusRecord {
  if (!fields) return record;
  const out: ClientStatusRecord = {};
  for (const dotted of fields) {
    const keys = dotted.split(".");
    let node = out;
    keys.slice(0, -1).forEach((key) => {
      node = (node[key] ??= {}) as ClientStatusRecord;
    });
    node[keys[keys.length - 1] ?? ""] = fieldOf(record, dotted) ?? null;
  }
  return out;
}

function allRecords(tenant: TenantState, req: SimRequest): ClientStatusRecord[] | string {
  const start = Number(req.query.get("starttime") ?? "0");
  const end = Number(req.query.get("endtime") ?? String(Number.MAX_SAFE_INTEGER));
  if (!Number.isFinite(start) || !Number.isFinite(end)) return "starttime and endtime are epoch seconds";
  const query = parseQuery(req.query.get("query"));
  if (query === null) return "unsupported query (the simulator understands: field eq 'value' [and ...])";
  return tenant.devices
    .filter((device) => {
      const seen = Date.parse(device.lastSeen) / 1000;
      return seen >= start && seen <= end;
    })
    .flatMap((device) => clientStatusRecords(tenant, device))
    .filter((record) => query.every((term) => String(fieldOf(record, term.field) ?? "") === term.value));
}

export function registerEventRoutes(router: Router): void {
  const search = "events/datasearch/clientstatus";
  router.add(
    "GET",
    `/netskope/:slug/api/v2/${search}`,
    netskopeRoute("events", "r", search, (req, _state, tenant) => {
      const records = allRecords(tenant, req);
      if (typeof records === "string") return netskopeError(400, records);
      const limit = Math.min(10_000, Math.max(1, Number(req.query.get("limit") ?? "100") || 100));
      const offset = Math.max(0, Number(req.query.get("offset") ?? "0") || 0);
      const fields = req.query.get("fields")?.split(",").map((field) => field.trim()).filter(Boolean) ?? null;
      const page = records.slice(offset, offset + limit).map((record) => project(record, fields));
      return json(200, { result: page, status: { count: page.length, total: records.length } });
    }),
  );

  const iterator = "/netskope/:slug/api/v2/events/dataexport/iterator/:name";
  router.add(
    "POST",
    iterator,
    netskopeRoute("events", "r", "events/dataexport/iterator/{name}", (req, _state, tenant) => {
      if (req.query.get("eventtype") !== "clientstatus") return netskopeError(400, "eventtype must be clientstatus");
      if (tenant.iterators.has(req.params.name ?? "")) return netskopeError(409, "iterator already exists");
      const records = allRecords(tenant, req);
      if (typeof records === "string") return netskopeError(400, records);
      tenant.iterators.set(req.params.name ?? "", { header: [...CLIENT_STATUS_COLUMNS], rows: records.map(csvCells), cursor: 0, lastPage: null, polls: 0 });
      return json(202, { status: "Created", name: req.params.name });
    }),
  );
  router.add(
    "GET",
    iterator,
    netskopeRoute("events", "r", "events/dataexport/iterator/{name}", (req, _state, tenant) => {
      const found = tenant.iterators.get(req.params.name ?? "");
      if (!found) return netskopeError(404, "iterator not found");
      // The first poll answers Pending, later ones Ready: the client's polling loop is exercised without wall-clock waits.
      found.polls++;
      return json(200, { status: found.polls > 1 ? "Ready" : "Pending" });
    }),
  );
  router.add(
    "GET",
    `${iterator}/events`,
    netskopeRoute("events", "r", "events/dataexport/iterator/{name}/events", (req, _state, tenant) => {
      const found = tenant.iterators.get(req.params.name ?? "");
      if (!found) return netskopeError(404, "iterator not found");
      if (found.polls < 2) return netskopeError(409, "iterator is not ready");
      const operation = req.query.get("operation");
      let page: { start: number; end: number };
      if (operation === "next") {
        page = { start: found.cursor, end: Math.min(found.rows.length, found.cursor + tenant.exportPageSize) };
        found.cursor = page.end;
        found.lastPage = page;
      } else if (operation === "resend") page = found.lastPage ?? { start: 0, end: 0 };
      else return netskopeError(400, "operation must be next or resend");
      return text(200, writeCsv([found.header, ...found.rows.slice(page.start, page.end)]), "text/csv; charset=utf-8");
    }),
  );
  router.add(
    "DELETE",
    iterator,
    netskopeRoute("events", "r", "events/dataexport/iterator/{name}", (req, _state, tenant) => {
      if (!tenant.iterators.delete(req.params.name ?? "")) return netskopeError(404, "iterator not found");
      return empty(204);
    }),
  );
}
