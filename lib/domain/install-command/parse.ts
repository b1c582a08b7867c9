// Reads an install command (msiexec) or a token push (nsdiag -e) back into fields, tolerant of case
// (`/i` or `/I`, `HOST=`: msiexec property names are case-insensitive), order and quoting. It records
// what it had to guess (an unquoted path with spaces, a `==`) so the lint can say so.
import { maskToken } from "./mask";
import { tokenize, type Word } from "./tokenize";

/** "jamf": script parameters $4–$11 of a Jamf policy, read by `parseJamfParameters`. */
export type CommandKind = "msiexec" | "nsdiag" | "jamf" | "unknown";

export interface Param {
  /** Lower-cased property name. */
  key: string;
  value: string;
  /** Typed as `key==value` (the GTS article's typo): `value` has the extra "=" removed. */
  doubleEquals: boolean;
  word: Word;
}

export interface ParsedCommand {
  kind: CommandKind;
  program: string | null;
  msiPath: string | null;
  logPath: string | null;
  /** Lower-cased switches (`/i`, `/qn`, `/l*v`, `-e`). */
  switches: string[];
  params: Param[];
  /** Words that are neither a switch, a switch's argument nor a `key=value`. */
  stray: Word[];
  /** Paths that were split at spaces because they were not quoted ("program", "msi", "log"). */
  unquotedPaths: ("program" | "msi" | "log")[];
  unterminatedQuote: boolean;
  typographicQuotes: boolean;
}

export interface InstallCommandFields {
  kind: CommandKind;
  msiPath: string | null;
  host: string | null;
  orgKey: string | null;
  installMode: string | null;
  idpTenant: string | null;
  idpDomain: string | null;
  mode: string | null;
  enrollAuthToken: string | null;
  enrollEncryptionToken: string | null;
  prelogonUser: string | null;
  logPath: string | null;
  quiet: boolean;
}

const PREFIXES = new Set(["sudo", "&", "call"]);
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s;
const baseName = (path: string) => (path.split(/[\\/]/).pop() ?? "").toLowerCase();
const programKind = (text: string): CommandKind | null => {
  const name = baseName(text);
  if (name === "msiexec" || name === "msiexec.exe") return "msiexec";
  if (name === "nsdiag" || name === "nsdiag.exe") return "nsdiag";
  return null;
};
const isSwitch = (w: Word) => !w.quoted && /^[/-][A-Za-z?*+!-]*$/.test(w.text) && w.text.length > 1;
const isParam = (w: Word) => KEY.test(w.text);

/**
 * A path argument starting at words[i]. When it is unquoted and obviously continues (the next words
 * are neither switches nor parameters, and one of them ends in ".msi", or ".log"/".txt" for a log),
 * the words are joined back with spaces and the path is reported as unquoted.
 */
function readPath(words: Word[], i: number, endsWith: RegExp): { path: string; used: number; split: boolean } {
  const first = words[i];
  if (!first || isSwitch(first) || isParam(first)) return { path: "", used: 0, split: false };
  if (first.quoted || endsWith.test(first.text)) return { path: first.text, used: 1, split: false };
  let j = i + 1;
  const parts = [first.text];
  while (j < words.length && j - i < 8) {
    const w = words[j];
    if (!w || isSwitch(w) || isParam(w)) break;
    parts.push(w.text);
    j += 1;
    if (endsWith.test(w.text)) return { path: parts.join(" "), used: parts.length, split: true };
  }
  return { path: first.text, used: 1, split: false };
}

/** Parses an msiexec or nsdiag command line. */
export function parseInstallCommand(command: string): ParsedCommand {
  const { words, unterminatedQuote } = tokenize(command);
  const parsed: ParsedCommand = {
    kind: "unknown",
    program: null,
    msiPath: null,
    logPath: null,
    switches: [],
    params: [],
    stray: [],
    unquotedPaths: [],
    unterminatedQuote,
    typographicQuotes: words.some((w) => w.typographic),
  };
  let i = 0;
  while (i < words.length && PREFIXES.has((words[i]?.text ?? "").toLowerCase())) i += 1;
  // The program, possibly an unquoted path with spaces ("C:\Program Files (x86)\...\nsdiag.exe").
  for (let n = 1; n <= 6 && i + n <= words.length; n++) {
    const slice = words.slice(i, i + n);
    const kind = programKind(slice.map((w) => w.text).join(" "));
    if (kind) {
      parsed.kind = kind;
      parsed.program = slice.map((w) => w.text).join(" ");
      if (n > 1) parsed.unquotedPaths.push("program");
      i += n;
      break;
    }
  }
  if (parsed.kind === "unknown") return parsed;

  while (i < words.length) {
    const w = words[i] as Word;
    if (isSwitch(w)) {
      const sw = w.text.toLowerCase();
      parsed.switches.push(sw);
      i += 1;
      const isPackage = /^[/-](i|package)$/.test(sw);
      const isLog = /^[/-](l[a-z*+!]*|log)$/.test(sw);
      if (parsed.kind === "msiexec" && (isPackage || isLog)) {
        const { path, used, split } = readPath(words, i, isPackage ? /\.msi$/i : /\.(log|txt)$/i);
        if (isPackage) parsed.msiPath = path || null;
        else parsed.logPath = path || null;
        if (split) parsed.unquotedPaths.push(isPackage ? "msi" : "log");
        i += used;
      }
      continue;
    }
    const m = KEY.exec(w.text);
    if (m) {
      const rest = m[2] ?? "";
      const doubleEquals = rest.startsWith("=");
      parsed.params.push({ key: (m[1] ?? "").toLowerCase(), value: rest.replace(/^=+/, ""), doubleEquals, word: w });
    } else parsed.stray.push(w);
    i += 1;
  }
  return parsed;
}

const FIELD_OF: Record<string, keyof InstallCommandFields> = {
  host: "host",
  token: "orgKey",
  installmode: "installMode",
  tenant: "idpTenant",
  domain: "idpDomain",
  mode: "mode",
  enrollauthtoken: "enrollAuthToken",
  enrollencryptiontoken: "enrollEncryptionToken",
  prelogonuser: "prelogonUser",
};

export const KNOWN_PARAMS: readonly string[] = Object.keys(FIELD_OF);

/** The structured fields of a parsed command (the last of repeated parameters wins, as in msiexec); tokens masked unless `reveal`. */
export function commandFields(parsed: ParsedCommand, options: { reveal?: boolean } = {}): InstallCommandFields {
  const fields: InstallCommandFields = {
    kind: parsed.kind,
    msiPath: parsed.msiPath,
    host: null,
    orgKey: null,
    installMode: null,
    idpTenant: null,
    idpDomain: null,
    mode: null,
    enrollAuthToken: null,
    enrollEncryptionToken: null,
    prelogonUser: null,
    logPath: parsed.logPath,
    quiet: parsed.switches.some((s) => /^[/-](qn[+-]?|quiet|q)$/.test(s)),
  };
  for (const p of parsed.params) {
    const field = FIELD_OF[p.key];
    if (field && field !== "kind" && field !== "quiet") fields[field] = p.value;
  }
  return options.reveal ? fields : maskFields(fields);
}

/**
 * The same fields with the secrets masked: both enrollment tokens, and the org key too (with a user's
 * address it is what the enrollment bypass of CVE-2024-7401 needed; the foundation stores it encrypted).
 */
export function maskFields(fields: InstallCommandFields): InstallCommandFields {
  return {
    ...fields,
    orgKey: fields.orgKey === null ? null : maskToken(fields.orgKey),
    enrollAuthToken: fields.enrollAuthToken === null ? null : maskToken(fields.enrollAuthToken),
    enrollEncryptionToken: fields.enrollEncryptionToken === null ? null : maskToken(fields.enrollEncryptionToken),
  };
}
