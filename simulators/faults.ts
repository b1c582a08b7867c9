// Fault injection: rules matched against each request, from the scenario or /__admin/faults.
import { z } from "zod";
import { createRng } from "./random";

export const FaultRule = z.object({
  id: z.string().optional(),
  /** HTTP method to match; absent = any. */
  method: z.string().toUpperCase().optional(),
  /** Request path glob, `*` = any characters (e.g. "/netskope/acme/api/v2/enrollment/tokenset*"). */
  path: z.string().min(1),
  /**
   * status: answer `status` (default 503); rate-limit: 429 with Retry-After; error-body: HTTP 200
   * with the vendor's error envelope; slow: wait `delayMs` then answer normally; timeout: never
   * answer (the socket closes after `delayMs`, default 60 s); drop: reset the connection.
   */
  kind: z.enum(["status", "rate-limit", "error-body", "slow", "timeout", "drop"]),
  status: z.number().int().min(100).max(599).optional(),
  retryAfterSec: z.number().nonnegative().optional(),
  delayMs: z.number().int().nonnegative().optional(),
  body: z.unknown().optional(),
  /** "before" (default): the request is not processed. "after": it is processed, then the answer is replaced (a lost response). */
  phase: z.enum(["before", "after"]).default("before"),
  /** Fire this many times, then retire; absent = forever. */
  times: z.number().int().positive().optional(),
  /** Let this many matching requests through first. Rules are tried in order and the first that fires answers, so a later rule does not see requests an earlier one took. */
  skip: z.number().int().nonnegative().default(0),
  /** Fire on this share of the matching requests (seeded, so a run is reproducible); absent = every one. */
  probability: z.number().min(0).max(1).optional(),
  /** Seed of the `probability` draw (default 1). */
  seed: z.number().int().optional(),
});
export type FaultRule = z.output<typeof FaultRule>;
export type FaultRuleInput = z.input<typeof FaultRule>;

interface ActiveFault {
  rule: FaultRule & { id: string };
  draw: () => number;
  matcher: RegExp;
  seen: number;
  fired: number;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

export class FaultStore {
  #faults: ActiveFault[] = [];
  #next = 1;

  add(input: FaultRuleInput): string {
    const rule = FaultRule.parse(input);
    const id = rule.id ?? `fault-${this.#next++}`;
    this.#faults.push({ rule: { ...rule, id }, matcher: globToRegExp(rule.path), seen: 0, fired: 0, draw: createRng(rule.seed ?? 1) });
    return id;
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.rule.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }

  list(): Array<FaultRule & { id: string; fired: number }> {
    return this.#faults.map((fault) => ({ ...fault.rule, fired: fault.fired }));
  }

  /** The fault to apply to this request, if any (counts it). */
  take(method: string, path: string): (FaultRule & { id: string }) | undefined {
    for (const fault of this.#faults) {
      if (fault.rule.method && fault.rule.method !== method) continue;
      if (!fault.matcher.test(path)) continue;
      if (fault.rule.times !== undefined && fault.fired >= fault.rule.times) continue;
      fault.seen++;
      if (fault.seen <= fault.rule.skip) continue;
      if (fault.rule.probability !== undefined && fault.draw() >= fault.rule.probability) continue;
      fault.fired++;
      return fault.rule;
    }
    return undefined;
  }
}
