// Formatted messages remembered across renders: formatting a message with values ("113 of 120
// devices ready", "2 open alerts") costs ~5–10 µs in use-intl (plural rules, number formats, a few
// objects per call), and the overview asks ~200 times per render for words that are the same from one
// request to the next (issue 6: ~1 ms of each overview render). A message's words depend only on the
// locale, the message and the values, so they are kept per (locale, namespace, key, values),
// process-wide on the server and page-wide in the browser. Only for messages whose values are plain
// numbers and strings (no dates: those depend on the time zone; no rich text).

import { BoundedMemo } from "@/lib/domain/bounded-memo";

type Values = Record<string, string | number>;

/** Bound on remembered texts: past it the cache starts afresh (a table's distinct texts are a few hundred). */
export const REMEMBERED_MAX = 5000;
const cache = new BoundedMemo<string, string>(REMEMBERED_MAX);

/** `format()`'s text for this message and these values, formatted once per locale. */
export function remembered(scope: string, key: string, values: Values, format: () => string): string {
  let id = `${scope}\u0000${key}`;
  for (const name in values) id += `\u0000${name}=${values[name]}`;
  return cache.get(id, format);
}

/** How many texts are remembered (tests). */
export function rememberedSize(): number {
  return cache.size;
}
