import "server-only";
// Starting a run: preflight again on the server (never trust the page), blocking problems need an
// admin's written override (audited, and kept as an OVERRIDE approval), then ONE insert: the unique
// index on `active_tenant_id` lets exactly one of two racing operators create the tenant's run.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RotationTransitionError, startRun } from "@/lib/domain/rotation-machine";
import { RotationPlanId } from "@/lib/domain/rotation-schemas";
import { appendAudit, AUDIT_TX } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { getTenantOrThrow } from "@/lib/services/scope";
import { getPreflight } from "./preflight";
import { PLAN_TO_DB } from "./run-store";

export const StartRunInput = z.strictObject({
  tenantId: z.string().min(1).max(64),
  plan: RotationPlanId,
  overrideReason: z.string().trim().min(10).max(2000).optional(),
  nsdiagGroupId: z.string().trim().uuid().optional(),
  nsdiagThreshold: z.number().min(0.5).max(1).default(0.8),
});
export type StartRunInput = z.input<typeof StartRunInput>;

/** Creates the tenant's active run; ConflictError("active_run") when one exists already. */
export async function startRotationRun({ ctx, input: raw, now = new Date() }: { ctx: ServiceContext; input: StartRunInput; now?: Date }) {
  const input = StartRunInput.parse(raw);
  await getTenantOrThrow(ctx, input.tenantId, "OPERATOR");
  const preflight = await getPreflight({ ctx, input: { tenantId: input.tenantId }, now });
  const blocking = preflight.blocking[input.plan].filter((c) => c !== "active-run");
  if (preflight.activeRunId) throw new ConflictError("This tenant already has a run in progress.", "active_run");
  if (blocking.includes("multi-token-unsupported") || blocking.includes("no-api-token") || blocking.includes("already-enabled") || blocking.includes("not-enabled"))
    throw new ValidationError("This run cannot start on this tenant.", { plan: blocking });
  if (blocking.length && !input.overrideReason) throw new ValidationError("Preflight found blocking problems: an admin may override them with a reason.", { overrideReason: blocking });
  if (blocking.length && ctx.actor.role !== "ADMIN") throw new ForbiddenError("Only an admin may override the preflight.", "override_admin_only");
  let state;
  try {
    state = startRun(input.plan, now, { multiTokenSupported: preflight.tenant.multiToken });
  } catch (e) {
    if (e instanceof RotationTransitionError) throw new ValidationError(e.message);
    throw e;
  }
  const actorId = ctx.actor.type === "user" ? ctx.actor.id : null;
  try {
    return await ctx.db.$transaction(async (tx) => {
      const run = await tx.rotationRun.create({
        data: {
          tenantId: input.tenantId,
          activeTenantId: input.tenantId,
          plan: PLAN_TO_DB[input.plan],
          step: state.status === "step-pending" ? state.step : "",
          state: state as unknown as Prisma.InputJsonValue,
          overrideReason: blocking.length ? input.overrideReason : null,
          createdById: actorId,
          startedAt: now,
        },
      });
      const summary = {
        recommended: preflight.recommended,
        reasons: preflight.reasons,
        readiness: { devices: preflight.readiness[input.plan].devices, refused: preflight.readiness[input.plan].refused, byStep: preflight.readiness[input.plan].byStep },
        targets: preflight.targets.map((t) => ({ name: t.name, kind: t.kind, drift: t.drift, lint: t.lint })),
        blackout: preflight.blackout,
        expiry: preflight.expiry,
        blocking,
      };
      await tx.rotationEvent.create({
        data: { runId: run.id, actorId, type: "run-started", step: run.step, data: { preflight: summary, options: { nsdiagGroupId: input.nsdiagGroupId ?? null, nsdiagThreshold: input.nsdiagThreshold }, overrideReason: blocking.length ? input.overrideReason : null } },
      });
      if (blocking.length && actorId) await tx.rotationApproval.create({ data: { runId: run.id, gate: "OVERRIDE", approverId: actorId, comment: input.overrideReason } });
      await appendAudit(tx, ctx, {
        action: blocking.length ? "rotation.start-override" : "rotation.start",
        tenantId: input.tenantId,
        targetType: "rotation_run",
        targetId: run.id,
        summary: { plan: input.plan, blocking, overrideReason: blocking.length ? input.overrideReason : undefined },
      });
      return { id: run.id };
    }, AUDIT_TX);
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new ConflictError("This tenant already has a run in progress.", "active_run");
    throw e;
  }
}
