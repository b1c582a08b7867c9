// The device table's query (filters, sort, page) as the URL, the JSON route and the CSV export share it.
// Pure: imported by the client table and by the service.
import { z } from "zod";
import { CLASS_MODES, CLASS_OS, PLANNED_CHANGES, VERSION_BANDS } from "@/lib/domain/readiness-class";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const DEVICE_SORTS = ["hostname", "os", "clientVersion", "installMode", "lastSeen"] as const;
export const REMEDIATIONS = ["none", "nsdiag", "msi-rerun", "reinstall", "upgrade-client"] as const;

export const DeviceQuery = z.object({
  tenantId: opt(z.string().max(64)),
  q: opt(z.string().trim().max(100)),
  os: opt(z.enum(CLASS_OS)),
  installMode: opt(z.enum(CLASS_MODES)),
  band: opt(z.enum(VERSION_BANDS)),
  multiUser: opt(z.enum(["yes", "no"])),
  classification: opt(z.enum(["TOKEN_PRESENT", "TOKEN_MISSING", "UNKNOWN"])),
  change: z.preprocess(blankToUndefined, z.enum(PLANNED_CHANGES).default("enforce")),
  status: opt(z.enum(["refused", "ready"])),
  reason: opt(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  remediation: opt(z.enum(REMEDIATIONS)),
  sort: z.preprocess(blankToUndefined, z.enum(DEVICE_SORTS).default("hostname")),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default("asc")),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(100_000).default(0)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(10).max(200).default(50)),
});
export type DeviceQuery = z.infer<typeof DeviceQuery>;

/** Reads the query from URL search params; invalid values fall back to the defaults rather than failing. */
export function parseDeviceQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): DeviceQuery {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
  const raw: Record<string, unknown> = {};
  for (const [k, v] of entries) if (k && v !== undefined) raw[k as string] = v;
  const parsed = DeviceQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Drop the offending keys one by one: a stale bookmark keeps what is still valid.
  for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  return DeviceQuery.parse(raw);
}

export function deviceQueryString(q: Partial<DeviceQuery>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== "") s.set(k, String(v));
  return s.toString();
}

export interface DeviceRowDto {
  id: string;
  tenantId: string;
  tenantName: string;
  hostname: string | null;
  serialNumber: string | null;
  nsDeviceUid: string | null;
  os: string;
  osVersion: string | null;
  clientVersion: string | null;
  installMode: string;
  multiUser: boolean;
  npaPrelogon: boolean;
  classification: string;
  sources: string[];
  lastSeenAt: string | null;
  users: number;
  refused: boolean;
  reasons: string[];
  remediations: string[];
}

export interface DevicePageDto {
  rows: DeviceRowDto[];
  total: number;
  page: number;
  pageSize: number;
}
