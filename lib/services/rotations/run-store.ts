import "server-only";
// Where a run's state lives: the RotationRun row (the machine's state as JSON, `version` as the
// optimistic lock) and its append-only RotationEvent rows. Every change of state is ONE transaction:
// `UPDATE rotation_run … WHERE id = $id AND version = $expected` plus the event that explains it.
// A writer that lost the race gets a ConflictError and nothing is written.
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRunActive } from "@/lib/domain/rotation-machine";
import { RotationState } from "@/lib/domain/rotation-schemas";
import type { RotationPlanId } from "@/lib/domain/rotation-steps";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { getTenantOrThrow, tenantScope } from "@/lib/services/scope";
import type { Role } from "@/lib/auth/roles";

export const PLAN_TO_DB = { enable: "ENABLE", "rotate-single": "ROTATE_SINGLE", "rotate-multi": "ROTATE_MULTI" } as const;
export const PLAN_FROM_DB = { ENABLE: "enable", ROTATE_SINGLE: "rotate-single", ROTATE_MULTI: "rotate-multi" } as const satisfies Record<string, RotationPlanId>;

const STATUS_OF = {
  "step-pending": "ACTIVE",
  "step-running": "ACTIVE",
  "step-failed": "ACTIVE",
  completed: "COMPLETED",
  "rolled-back": "ROLLED_BACK",
  cancelled: "CANCELLED",
  failed: "FAILED",
} as const;

export type RunRow = Awaited<ReturnType<typeof loadRun>>;

/** The run (on a tenant the actor may see) with its parsed state; NotFoundError otherwise. */
export async function loadRun(ctx: ServiceContext, runId: string, minRole: Role = "VIEWER") {
  const row = await ctx.db.rotationRun.findFirst({
    where: { id: runId, tenant: tenantScope(ctx) },
    include: { tenant: { select: { id: true, name: true, slug: true, timeZone: true, fourEyes: true, multiToken: true, apiBaseUrl: true, testDeviceUid: true, seState: true } } },
  });
  if (!row) throw new NotFoundError("Rotation run not found");
  if (minRole !== "VIEWER") await getTenantOrThrow(ctx, row.tenantId, minRole);
  return { ...row, machine: RotationState.parse(row.state) };
}

export interface EventInput {
  type: string;
  step: string;
  data?: unknown;
  idempotencyKey?: string | null;
  vendorRequestId?: string | null;
}

/** Appends events without changing the state (vendor call intents and results of one target). */
export async function appendEvents(ctx: ServiceContext, runId: string, events: EventInput[]): Promise<void> {
  await ctx.db.rotationEvent.createMany({ data: events.map((e) => eventRow(ctx, runId, e)) });
}

function eventRow(ctx: ServiceContext, runId: string, e: EventInput): Prisma.RotationEventCreateManyInput {
  return {
    runId,
    actorId: ctx.actor.type === "user" ? ctx.actor.id : null,
    type: e.type,
    step: e.step,
    data: e.data === undefined ? undefined : (JSON.parse(JSON.stringify(e.data)) as Prisma.InputJsonValue),
    idempotencyKey: e.idempotencyKey ?? null,
    vendorRequestId: e.vendorRequestId ?? null,
  };
}

/**
 * Writes the next machine state under the optimistic lock, with its event(s), and `extra` changes in
 * the same transaction (token stages at completion). Returns the new version.
 */
export async function saveState(
  ctx: ServiceContext,
  run: { id: string; tenantId: string; version: number },
  next: RotationState,
  events: EventInput[],
  extra?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<number> {
  const status = STATUS_OF[next.status];
  const step = "step" in next ? next.step : next.status === "rolled-back" ? next.fromStep : (next.completed.at(-1)?.step ?? "");
  const finishedAt = isRunActive(next) ? null : new Date();
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE rotation_run SET state = ${JSON.stringify(next)}::jsonb, status = ${status}::"RunStatus", step = ${step},
        version = version + 1, updated_at = now(), finished_at = ${finishedAt},
        active_tenant_id = ${status === "ACTIVE" ? run.tenantId : null}
      WHERE id = ${run.id} AND version = ${run.version}`;
    if (updated !== 1) throw new ConflictError("This run was changed by someone else in the meantime: reload it.", "stale_run");
    if (events.length) await tx.rotationEvent.createMany({ data: events.map((e) => eventRow(ctx, run.id, e)) });
    if (extra) await extra(tx);
    return run.version + 1;
  });
}

/** The events of a run, oldest first. */
export function runEvents(ctx: ServiceContext, runId: string) {
  return ctx.db.rotationEvent.findMany({ where: { runId }, orderBy: { id: "asc" } });
}
