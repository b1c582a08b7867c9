// Date formatting with the formatters and their texts kept. Building an Intl.DateTimeFormat costs far
// more than using one, and using one still costs ~1–2 µs a date: the overview formats ~350 dates per
// render (issue 6: ~0.4 ms of its server time), the same instants from one request to the next. A
// text depends only on the locale, the options (time zone included) and the instant, so it is kept
// per formatter and instant. Process-wide on the server, page-wide in the browser; safe to share
// (formatters and strings are immutable).

export interface DateFormatOptions {
  dateStyle?: "full" | "long" | "medium" | "short";
  timeStyle?: "full" | "long" | "medium" | "short";
  timeZone?: string;
}

interface Formatter {
  format: Intl.DateTimeFormat;
  /** Texts by instant, as given: an ISO string or milliseconds since the epoch. */
  texts: Map<string | number, string>;
}

const formatters = new Map<string, Formatter>();
/** Bound on distinct formatters (locales × styles × IANA zones stay far below it). */
const MAX_FORMATTERS = 2000;
/** Bound on kept texts across formatters: past it they start afresh (a page shows a few hundred dates). */
export const DATE_TEXTS_MAX = 20_000;
let textCount = 0;

function formatter(locale: string, options: DateFormatOptions): Formatter {
  const key = `${locale}|${options.dateStyle ?? ""}|${options.timeStyle ?? ""}|${options.timeZone ?? ""}`;
  let f = formatters.get(key);
  if (!f) {
    if (formatters.size >= MAX_FORMATTERS) {
      formatters.clear();
      textCount = 0;
    }
    f = { format: new Intl.DateTimeFormat(locale, options), texts: new Map() };
    formatters.set(key, f);
  }
  return f;
}

/** The formatter for this locale and these options, built once. */
export function dateTimeFormat(locale: string, options: DateFormatOptions): Intl.DateTimeFormat {
  return formatter(locale, options).format;
}

/** `date` formatted in `locale` with `options` (see dateTimeFormat), each instant once; an ISO string is read without building a Date. */
export function formatDate(locale: string, date: Date | string | number, options: DateFormatOptions): string {
  const f = formatter(locale, options);
  const instant = typeof date === "object" ? date.getTime() : date;
  let text = f.texts.get(instant);
  if (text === undefined) {
    // An invalid instant throws here (RangeError, as Intl does) and is not kept.
    text = f.format.format(typeof instant === "string" ? Date.parse(instant) : instant);
    if (textCount >= DATE_TEXTS_MAX) {
      for (const other of formatters.values()) other.texts.clear();
      textCount = 0;
    }
    f.texts.set(instant, text);
    textCount += 1;
  }
  return text;
}

/** How many texts are kept (tests). */
export function dateTextCount(): number {
  return textCount;
}
