// Jamf Pro API (JSON): scripts and the computers inventory, with page / page-size paging [doc].
import { parseWith, tryJson } from "../http-support";
import type { JamfComputer, JamfScript, ScriptParameters } from "../types";
import type { JamfContext } from "./context";
import { PARAMETER_NUMBERS } from "./policy-xml";
import { ComputerPayload, CreatedPayload, resultsPage, ScriptPayload } from "./schemas";
import { toJamfComputer, toJamfScript } from "./transform";
import type { z } from "zod";

export interface CallOptions {
  signal?: AbortSignal;
}

const SCRIPTS = "api/v1/scripts";
const SCRIPT = "api/v1/scripts/{id}";
const COMPUTERS = "api/v2/computers-inventory";

async function allPages<T extends z.ZodType>(ctx: JamfContext, path: string, item: T, query: Record<string, string | string[]>, pageSize: number, signal?: AbortSignal): Promise<z.output<T>[]> {
  const out: z.output<T>[] = [];
  for (let page = 0; ; page++) {
    const response = await ctx.http.request({ method: "GET", path, endpoint: path, query: { ...query, page, "page-size": pageSize }, signal });
    const body = parseWith(resultsPage(item), tryJson(response.body), "jamf", path);
    out.push(...body.results);
    if (body.results.length === 0 || out.length >= body.totalCount) return out;
  }
}

/** GET /api/v1/scripts, every page (sorted by id so pages are stable). */
export async function listScripts(ctx: JamfContext, options: CallOptions & { pageSize?: number } = {}): Promise<JamfScript[]> {
  return (await allPages(ctx, SCRIPTS, ScriptPayload, { sort: "id:asc" }, options.pageSize ?? 100, options.signal)).map(toJamfScript);
}

async function getScriptPayload(ctx: JamfContext, id: string, signal?: AbortSignal): Promise<ScriptPayload> {
  const response = await ctx.http.request({ method: "GET", path: `${SCRIPTS}/${encodeURIComponent(id)}`, endpoint: SCRIPT, signal });
  return parseWith(ScriptPayload, tryJson(response.body), "jamf", SCRIPT);
}

/** GET /api/v1/scripts/{id}. */
export async function getScript(ctx: JamfContext, id: string, options: CallOptions = {}): Promise<JamfScript> {
  return toJamfScript(await getScriptPayload(ctx, id, options.signal));
}

export interface ScriptChanges {
  name?: string;
  contents?: string;
  /** Labels shown for $4..$11 (on a script these are only labels [doc]). */
  parameterLabels?: ScriptParameters;
}

function applyChanges(base: Record<string, unknown>, changes: ScriptChanges): Record<string, unknown> {
  const next = { ...base };
  if (changes.name !== undefined) next.name = changes.name;
  if (changes.contents !== undefined) next.scriptContents = changes.contents;
  for (const n of PARAMETER_NUMBERS) {
    const label = changes.parameterLabels?.[n];
    if (label !== undefined) next[`parameter${n}`] = label;
  }
  return next;
}

/** PUT /api/v1/scripts/{id}: a full replace, so the current script is read first and sent back with the changes. */
export async function updateScript(ctx: JamfContext, id: string, changes: ScriptChanges, options: CallOptions = {}): Promise<JamfScript> {
  const current = await getScriptPayload(ctx, id, options.signal);
  const response = await ctx.http.request({ method: "PUT", path: `${SCRIPTS}/${encodeURIComponent(id)}`, endpoint: SCRIPT, json: applyChanges(current, changes), signal: options.signal });
  return toJamfScript(parseWith(ScriptPayload, tryJson(response.body), "jamf", SCRIPT));
}

/** POST /api/v1/scripts → 201 `{id}` [doc]; not retried without an idempotency key (it would create two). */
export async function createScript(ctx: JamfContext, input: { name: string; contents: string; parameterLabels?: ScriptParameters; idempotencyKey?: string }, options: CallOptions = {}): Promise<JamfScript> {
  const json = applyChanges({ name: input.name, priority: "AFTER" }, { contents: input.contents, parameterLabels: input.parameterLabels });
  const response = await ctx.http.request({ method: "POST", path: SCRIPTS, endpoint: SCRIPTS, json, idempotencyKey: input.idempotencyKey, signal: options.signal });
  const created = parseWith(CreatedPayload, tryJson(response.body), "jamf", SCRIPTS);
  return getScript(ctx, created.id, options);
}

/** DELETE /api/v1/scripts/{id} → 204. */
export async function deleteScript(ctx: JamfContext, id: string, options: CallOptions = {}): Promise<void> {
  await ctx.http.request({ method: "DELETE", path: `${SCRIPTS}/${encodeURIComponent(id)}`, endpoint: SCRIPT, signal: options.signal });
}

/**
 * GET /api/v2/computers-inventory, every page. APIS.md names the GENERAL section; the serial number
 * and OS version live in HARDWARE and OPERATING_SYSTEM [doc: Jamf Pro API reference], requested too.
 */
export async function listComputers(ctx: JamfContext, options: CallOptions & { pageSize?: number } = {}): Promise<JamfComputer[]> {
  const query = { section: ["GENERAL", "HARDWARE", "OPERATING_SYSTEM"], sort: "id:asc" };
  return (await allPages(ctx, COMPUTERS, ComputerPayload, query, options.pageSize ?? 100, options.signal)).map(toJamfComputer);
}
