import "server-only";
// What a step handler gets: the run, its events so far, and `write`, the one way to make a vendor
// write: the intent is appended (with its key `runId:step[:target]`) before the call, the result
// after it, and the write is audited. A call that never got its result recorded is what a resumed
// handler must re-check by reading the vendor first.
import type { StepId } from "@/lib/domain/rotation-steps";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { IntegrationError } from "@/lib/integrations/errors";
import { appendEvents, type RunRow } from "./run-store";
import { storeNewToken, type RunEvents } from "./tokens";

export interface PlannedCall {
  vendor?: "netskope" | "intune" | "jamf" | "addon";
  target?: string;
  method: string;
  path: string;
  /** Masked: never a token value. */
  body?: unknown;
}

export interface RunOptions {
  /** Entra group of the UPN × multi-user Windows devices that get `nsdiag -e` through an Intune script. */
  nsdiagGroupId?: string | null;
  /** Share of targeted devices whose nsdiag run must succeed before the run moves on. */
  nsdiagThreshold: number;
}

export interface StepEnv {
  ctx: ServiceContext;
  run: RunRow;
  step: StepId;
  events: RunEvents;
  options: RunOptions;
  now: Date;
  key(target?: string): string;
  note(type: string, data: unknown, target?: string): Promise<void>;
  write<T>(call: PlannedCall, fn: () => Promise<T>): Promise<T>;
  storeToken(t: { value: string; expiresAt: Date; vendorTokenSetId: string | null }): Promise<{ tokenFingerprint: string; tokenExpiresAt: string }>;
}

export function createStepEnv(ctx: ServiceContext, run: RunRow, step: StepId, events: RunEvents, options: RunOptions, now: Date): StepEnv {
  const key = (target?: string) => `${run.id}:${step}${target ? `:${target}` : ""}`;
  const note = async (type: string, data: unknown, target?: string) => {
    await appendEvents(ctx, run.id, [{ type, step, data, idempotencyKey: key(target) }]);
    events.push({ type, step, data, idempotencyKey: key(target) });
  };
  return {
    ctx,
    run,
    step,
    events,
    options,
    now,
    key,
    note,
    async write(call, fn) {
      const k = key(call.target);
      await note("vendor-write-intent", { vendor: call.vendor ?? "netskope", method: call.method, path: call.path, body: call.body ?? null }, call.target);
      try {
        const result = await fn();
        await appendEvents(ctx, run.id, [{ type: "vendor-write", step, data: { vendor: call.vendor ?? "netskope", method: call.method, path: call.path }, idempotencyKey: k }]);
        events.push({ type: "vendor-write", step, data: { method: call.method, path: call.path }, idempotencyKey: k });
        await recordAudit(ctx, {
          action: "rotation.vendor-write",
          tenantId: run.tenantId,
          targetType: "rotation_run",
          targetId: run.id,
          summary: { step, vendor: call.vendor ?? "netskope", method: call.method, path: call.path, key: k },
        });
        return result;
      } catch (e) {
        const requestId = e instanceof IntegrationError ? e.requestId : undefined;
        await appendEvents(ctx, run.id, [{ type: "vendor-write-failed", step, data: { message: e instanceof Error ? e.message : String(e) }, idempotencyKey: k, vendorRequestId: requestId ?? null }]);
        throw e;
      }
    },
    storeToken: async (t) => {
      const stored = await storeNewToken(ctx, run, events, { ...t, step, source: "ROTATION" });
      return { tokenFingerprint: stored.fingerprint, tokenExpiresAt: stored.expiresAt };
    },
  };
}
