// Answers worth remembering across requests, up to a bound: past it the memo starts afresh. For values
// that depend only on their key (a formatted message, the client address of an X-Forwarded-For value,
// a statement's name, a threshold list), where forgetting costs one recomputation and growing without
// end would cost memory. Used on the server process-wide and in the browser page-wide; pure.

export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  private readonly values = new Map<K, V>();

  constructor(readonly max: number) {}

  /** The value remembered for `key`, else `make()`'s, remembered (a `make` that throws leaves nothing). */
  get(key: K, make: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.max) this.values.clear();
      value = make();
      this.values.set(key, value);
    }
    return value;
  }

  /** How many values are remembered. */
  get size(): number {
    return this.values.size;
  }
}
