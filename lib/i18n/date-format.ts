// Date formatting with the formatters kept: building an Intl.DateTimeFormat costs far more than using
// one, and a page formats hundreds of dates in a few dozen (locale, style, time zone) combinations.
// Process-wide on the server, page-wide in the browser; safe to share (formatters are immutable).

export interface DateFormatOptions {
  dateStyle?: "full" | "long" | "medium" | "short";
  timeStyle?: "full" | "long" | "medium" | "short";
  timeZone?: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();
/** Bound on distinct formatters (locales × styles × IANA zones stay far below it). */
const MAX = 2000;

/** The formatter for this locale and these options, built once. */
export function dateTimeFormat(locale: string, options: DateFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.dateStyle ?? ""}|${options.timeStyle ?? ""}|${options.timeZone ?? ""}`;
  let f = cache.get(key);
  if (!f) {
    if (cache.size >= MAX) cache.clear();
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** `date` formatted in `locale` with `options` (see dateTimeFormat); an ISO string is read without building a Date. */
export function formatDate(locale: string, date: Date | string | number, options: DateFormatOptions): string {
  return dateTimeFormat(locale, options).format(typeof date === "string" ? Date.parse(date) : date);
}
