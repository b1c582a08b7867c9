// Splits a pasted command line into words, tolerant of what people paste: double or single quotes
// anywhere in a word (`host="a b"`), typographic quotes copied from a document (flagged by the lint:
// cmd.exe does not treat them as quotes), `\ ` escapes in macOS paths, and line continuations
// (`^` in cmd, a backtick in PowerShell, `\` in a shell).

export interface Word {
  /** The word with its quotes removed and escapes resolved. */
  text: string;
  /** The word as typed. */
  raw: string;
  start: number;
  quoted: boolean;
  /** Typographic quotes (“ ” ‘ ’) were used as quotes. */
  typographic: boolean;
}

export interface Tokenized {
  words: Word[];
  unterminatedQuote: boolean;
}

const CLOSERS: Record<string, string> = { '"': '"', "'": "'", "“": "”", "”": "”", "„": "“", "‘": "’", "’": "’" };
const TYPOGRAPHIC = new Set(["“", "”", "„", "‘", "’"]);
const CONTINUATION = /^[\^`\\]\r?\n/;

/** The words of a command line. */
export function tokenize(command: string): Tokenized {
  const words: Word[] = [];
  let current: Word | null = null;
  let closer: string | null = null;
  let i = 0;
  const word = (): Word => (current ??= { text: "", raw: "", start: i, quoted: false, typographic: false });
  while (i < command.length) {
    const ch = command[i] ?? "";
    if (closer === null) {
      const continuation = CONTINUATION.exec(command.slice(i, i + 3));
      if (continuation) {
        i += continuation[0].length;
        if (current) words.push(current);
        current = null;
        continue;
      }
      if (/\s/.test(ch)) {
        if (current) words.push(current);
        current = null;
        i += 1;
        continue;
      }
      if (ch === "\\" && command[i + 1] === " ") {
        const w = word();
        w.text += " ";
        w.raw += "\\ ";
        i += 2;
        continue;
      }
      const close = CLOSERS[ch];
      if (close !== undefined) {
        const w = word();
        w.raw += ch;
        w.quoted = true;
        w.typographic ||= TYPOGRAPHIC.has(ch);
        closer = close;
        i += 1;
        continue;
      }
    } else if (ch === closer || (TYPOGRAPHIC.has(closer) && TYPOGRAPHIC.has(ch))) {
      const w = word();
      w.raw += ch;
      closer = null;
      i += 1;
      continue;
    }
    const w = word();
    w.text += ch;
    w.raw += ch;
    i += 1;
  }
  if (current) words.push(current);
  return { words, unterminatedQuote: closer !== null };
}
