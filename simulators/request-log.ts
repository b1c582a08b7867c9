// Every request the simulator answered, in order: tests read it (through /__admin/requests or the
// returned `requestLog`) to prove, for instance, that a non-idempotent write was sent exactly once.
export type SimVendor = "netskope" | "addon" | "intune" | "entra" | "jamf" | "admin" | "unknown";

export interface LoggedRequest {
  seq: number;
  /** Real time of arrival, ISO. */
  at: string;
  method: string;
  path: string;
  query: string;
  vendor: SimVendor;
  /** 0 when no answer was given (timeout and drop faults). */
  status: number;
  durationMs: number;
  fault?: string;
  idempotencyKey?: string;
  /** The request body, truncated, with OAuth client secrets masked. */
  body?: string;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  #entries: LoggedRequest[] = [];
  #seq = 0;
  readonly #inFlight = new Map<string, number>();
  readonly #peak = new Map<string, number>();

  nextSeq(): number {
    return ++this.#seq;
  }

  add(entry: LoggedRequest): void {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_ENTRIES) this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
  }

  /** Entries after `since` (a seq), optionally of one vendor. */
  entries(filter: { since?: number; vendor?: string } = {}): LoggedRequest[] {
    return this.#entries.filter((entry) => entry.seq > (filter.since ?? 0) && (!filter.vendor || entry.vendor === filter.vendor));
  }

  /** Requests matching method and a path prefix or pattern. */
  count(method: string, path: string | RegExp): number {
    return this.#entries.filter((entry) => entry.method === method && (typeof path === "string" ? entry.path === path : path.test(entry.path))).length;
  }

  clear(): void {
    this.#entries = [];
    this.#peak.clear();
  }

  enter(key: string): void {
    const now = (this.#inFlight.get(key) ?? 0) + 1;
    this.#inFlight.set(key, now);
    this.#peak.set(key, Math.max(this.#peak.get(key) ?? 0, now));
  }

  leave(key: string): void {
    this.#inFlight.set(key, Math.max(0, (this.#inFlight.get(key) ?? 1) - 1));
  }

  /** Highest number of simultaneous requests seen for `key` (e.g. "jamf/<instance>"). */
  peakConcurrency(key: string): number {
    return this.#peak.get(key) ?? 0;
  }

  peaks(): Record<string, number> {
    return Object.fromEntries(this.#peak);
  }
}

export function vendorOf(path: string, secure: boolean): SimVendor {
  const first = path.split("/")[1] ?? "";
  if (first === "netskope") return "netskope";
  if (first === "addon") return "addon";
  if (first === "graph") return "intune";
  if (first === "jamf") return "jamf";
  if (first === "__admin") return "admin";
  return secure ? "entra" : "unknown";
}

export function maskBody(body: string): string {
  return body.replace(/(client_secret|client_assertion)=[^&]*/g, "$1=[redacted]").slice(0, 4000);
}
