// RFC 4180 CSV, as the Netskope data-export iterator pages client status [sdk]: quoted fields with
// doubled quotes, commas and line breaks inside quotes, CRLF or LF. Nested fields arrive as dotted
// columns ("host_info.hostname") and lists joined by "|" [sdk]; `csvToRecords` rebuilds both.

/** Parses CSV text into rows of fields. A trailing line break does not produce an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") endRow();
    else if (ch === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (quoted) throw new SyntaxError("CSV ends inside a quoted field");
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

export type CsvValue = string | string[] | null | CsvRecord;
export interface CsvRecord {
  [key: string]: CsvValue;
}

export interface CsvRecordOptions {
  /** Dotted column names whose values are `|`-joined lists. */
  listColumns?: readonly string[];
}

/** Rows to nested records keyed by the header; empty cells become null, list columns arrays. */
export function csvToRecords(text: string, options: CsvRecordOptions = {}): CsvRecord[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const lists = new Set(options.listColumns ?? []);
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ""))
    .map((row) => {
      const record: CsvRecord = {};
      header.forEach((column, index) => {
        const raw = row[index] ?? "";
        const value: CsvValue = raw === "" ? (lists.has(column) ? [] : null) : lists.has(column) ? raw.split("|") : raw;
        setPath(record, column.split("."), value);
      });
      return record;
    });
}

function setPath(target: CsvRecord, path: string[], value: CsvValue): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next && typeof next === "object" && !Array.isArray(next)) node = next;
    else node = node[key] = {};
  }
  node[path[path.length - 1] ?? ""] = value;
}

/** Writes rows as CSV, quoting only where needed (used by the simulator's export). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + (rows.length > 0 ? "\r\n" : "");
}
