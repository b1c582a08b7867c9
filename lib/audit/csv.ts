// CSV for the audit export (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe (OWASP "CSV injection"): an actor label or summary is attacker-influenced text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, formula-neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
