// Parsing the console's Devices export (Settings → Security Cloud Platform → Devices → Export), or a
// sheet built from it, into device records with per-row errors. Pure: the import service writes the
// good rows in one transaction; bad rows are reported with their line number and never written.
// Columns are matched by name, case and punctuation ignored, with the console's and the API's names.
import { clientVersionSortNumber, parseClientVersion } from "@/lib/domain/client-version";
import type { ClassMode, ClassOs } from "@/lib/domain/readiness-class";
import { parseCsv } from "@/lib/integrations/csv";
import type { IngestDevice } from "./device-record";

export const IMPORT_FIELDS = [
  "nsDeviceUid",
  "hostname",
  "serialNumber",
  "os",
  "osVersion",
  "clientVersion",
  "users",
  "classification",
  "lastSeen",
  "installMode",
  "multiUser",
  "npaPrelogon",
  "protectClientConfig",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const ALIASES: Record<ImportField, string[]> = {
  nsDeviceUid: ["nsdeviceuid", "deviceuid", "nsdeviceid", "deviceid", "hostinfonsdeviceuid"],
  hostname: ["hostname", "hostinfohostname", "devicename", "computername"],
  serialNumber: ["serialnumber", "serial", "hostinfoserialnumber"],
  os: ["os", "operatingsystem", "platform", "hostinfoos"],
  osVersion: ["osversion", "hostinfoosversion"],
  clientVersion: ["clientversion", "netskopeclientversion", "version"],
  users: ["user", "users", "username", "usernames", "email", "userinfousername"],
  classification: ["deviceclassification", "classification", "classificationstatus", "deviceclassificationstatus"],
  lastSeen: ["lastseen", "lastevent", "lasteventtime", "lasteventtimestamp", "lastseenat", "lastupdated"],
  installMode: ["installmode", "enrollmentmode", "mode"],
  multiUser: ["multiuser", "peruserconfig", "multiuserconfiguration"],
  npaPrelogon: ["npaprelogon", "prelogon"],
  protectClientConfig: ["protectclientconfig", "protectclientconfiguration", "protectclientconfigurationandresources"],
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

export type RowErrorCode = "no-key" | "bad-os" | "bad-version" | "bad-install-mode" | "bad-boolean" | "bad-date" | "duplicate" | "wrong-column-count" | "too-long";
export interface RowError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  code: RowErrorCode;
  column?: ImportField;
  value?: string;
}

/** One good row of the file: the stored device record without what only a sync knows, with its line. */
export type ImportedDevice = Omit<IngestDevice, "sources" | "intuneDeviceId" | "jamfComputerId" | "users"> & {
  line: number;
  users: string[];
};

export type FileErrorCode = "unreadable" | "not-utf8" | "empty" | "no-key-column" | "too-many-rows";
export type ParsedImport =
  | { ok: false; error: FileErrorCode }
  | { ok: true; columns: Partial<Record<ImportField, string>>; ignoredColumns: string[]; devices: ImportedDevice[]; errors: RowError[]; rows: number };

export const MAX_IMPORT_ROWS = 200_000;
const MAX_CELL = 512;

function osOf(v: string): ClassOs | null | undefined {
  const s = norm(v);
  if (!s) return null;
  if (s.startsWith("win")) return "WINDOWS";
  if (s.startsWith("mac") || s === "osx" || s.startsWith("darwin")) return "MACOS";
  if (["linux", "ubuntu", "ios", "ipados", "android", "chromeos", "other"].some((p) => s.startsWith(p))) return "OTHER";
  return undefined;
}
function modeOf(v: string): ClassMode | null | undefined {
  const s = norm(v);
  if (!s) return null;
  if (s === "upn") return "UPN";
  if (s === "idp") return "IDP";
  if (s === "emailinvite" || s === "email" || s === "invite") return "EMAIL_INVITE";
  if (s === "unknown") return "UNKNOWN";
  return undefined;
}
function boolOf(v: string): boolean | null | undefined {
  const s = norm(v);
  if (!s) return null;
  if (["yes", "true", "1", "y", "enabled", "on", "はい"].includes(s)) return true;
  if (["no", "false", "0", "n", "disabled", "off", "いいえ"].includes(s)) return false;
  return undefined;
}
/** The console shows the classification label (ours means present); other labels mean "not matched". */
function classificationOf(v: string, presentLabel: string): ImportedDevice["classification"] {
  const s = norm(v);
  if (!s) return null;
  if (s === norm(presentLabel) || s === "tokenpresent" || s === "present") return "TOKEN_PRESENT";
  if (s === "unknown") return "UNKNOWN";
  return "TOKEN_MISSING";
}

/** Parses the file; `presentLabel` is the classification label the generated rule assigns. */
export function parseDeviceImport(text: string, presentLabel: string): ParsedImport {
  // UTF-8 CSV never holds U+0000, and PostgreSQL text cannot store it: a file with NULs is most likely
  // UTF-16 ("Unicode text" from a spreadsheet), refused as a whole rather than failing on write.
  if (text.includes("\u0000")) return { ok: false, error: "not-utf8" };
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch {
    return { ok: false, error: "unreadable" };
  }
  const [header, ...body] = table;
  if (!header || header.every((h) => !h.trim())) return { ok: false, error: "empty" };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, error: "too-many-rows" };
  const columns: Partial<Record<ImportField, string>> = {};
  const index: Partial<Record<ImportField, number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((h, i) => {
    const field = IMPORT_FIELDS.find((f) => ALIASES[f].includes(norm(h)));
    if (field && index[field] === undefined) {
      index[field] = i;
      columns[field] = h.trim();
    } else if (h.trim()) ignoredColumns.push(h.trim());
  });
  if (index.nsDeviceUid === undefined && index.serialNumber === undefined && index.hostname === undefined) return { ok: false, error: "no-key-column" };

  const devices: ImportedDevice[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length === 1 && cells[0] === "") return;
    if (cells.length !== header.length) return void errors.push({ line, code: "wrong-column-count" });
    const cell = (f: ImportField) => (index[f] === undefined ? "" : (cells[index[f]!] ?? "").trim());
    const rowErrors: RowError[] = [];
    const text = (f: ImportField) => {
      const v = cell(f);
      if (v.length > MAX_CELL) rowErrors.push({ line, code: "too-long", column: f });
      return v ? v.slice(0, MAX_CELL) : null;
    };
    const nsDeviceUid = text("nsDeviceUid");
    const serialNumber = text("serialNumber");
    const hostname = text("hostname");
    const key = (nsDeviceUid || serialNumber || hostname)?.toLowerCase() ?? null;
    if (!key) rowErrors.push({ line, code: "no-key" });
    const os = osOf(cell("os"));
    if (os === undefined) rowErrors.push({ line, code: "bad-os", column: "os", value: cell("os").slice(0, 40) });
    const clientVersion = text("clientVersion");
    if (clientVersion && clientVersionSortNumber(parseClientVersion(clientVersion)) === null) rowErrors.push({ line, code: "bad-version", column: "clientVersion", value: clientVersion.slice(0, 40) });
    const installMode = modeOf(cell("installMode"));
    if (installMode === undefined) rowErrors.push({ line, code: "bad-install-mode", column: "installMode", value: cell("installMode").slice(0, 40) });
    const flags = (["multiUser", "npaPrelogon", "protectClientConfig"] as const).map((f) => {
      const b = boolOf(cell(f));
      if (b === undefined) rowErrors.push({ line, code: "bad-boolean", column: f, value: cell(f).slice(0, 40) });
      return b ?? null;
    });
    const seenText = cell("lastSeen");
    const lastSeenAt = seenText ? new Date(/^\d{9,11}$/.test(seenText) ? Number(seenText) * 1000 : seenText) : null;
    if (lastSeenAt && Number.isNaN(lastSeenAt.getTime())) rowErrors.push({ line, code: "bad-date", column: "lastSeen", value: seenText.slice(0, 40) });
    if (key && seen.has(key)) rowErrors.push({ line, code: "duplicate", value: key.slice(0, 80) });
    if (rowErrors.length > 0) return void errors.push(...rowErrors);
    seen.set(key!, line);
    const users = [...new Set(cell("users").split(/[|;,]/).map((u) => u.trim()).filter(Boolean))].slice(0, 50);
    devices.push({
      line,
      deviceKey: key!,
      nsDeviceUid,
      hostname,
      serialNumber,
      os: os ?? null,
      osVersion: text("osVersion"),
      clientVersion,
      installMode: installMode ?? null,
      multiUser: flags[0] ?? (users.length > 1 ? true : null),
      npaPrelogon: flags[1] ?? null,
      protectClientConfig: flags[2] ?? null,
      classification: classificationOf(cell("classification"), presentLabel),
      lastSeenAt: lastSeenAt && !Number.isNaN(lastSeenAt.getTime()) ? lastSeenAt : null,
      users,
    });
  });
  return { ok: true, columns, ignoredColumns, devices, errors, rows: body.filter((c) => !(c.length === 1 && c[0] === "")).length };
}
