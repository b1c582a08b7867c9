import "server-only";
// The one way to write a server action (STYLE.md: thin actions, one authorization layer). Every
// action declares who may call it; the client's middleware turns the session into a ServiceContext,
// refuses anonymous callers (unauthorized) and too-low roles (forbidden), and for a tenant-scoped
// action checks the input's `tenantId` before anything else: a tenant the caller may not see is
// "not found", never "forbidden". Then the input is validated (zod) and the handler runs. Expected
// errors reach the user; anything else becomes a generic message with a logged reference.
//
// Every action registers itself here, and lib/server/authorization.int.test.ts checks every export
// of every "use server" file against this registry, so an action that skips the layer fails CI.
import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { ROLES, atLeast, type Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { toPublicError, type PublicError } from "@/lib/server/error-shape";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { sessionContext } from "@/lib/server/session";
import { getTenantOrThrow } from "@/lib/services/scope";

const ActionMeta = z.object({
  /** the exported name, e.g. "createApiKeyAction" */
  name: z.string().regex(/Action$/),
  /** the least role that may call it; null only for the few actions anyone may call (sign-in page) */
  role: z.enum(ROLES).nullable(),
  /** the input carries `tenantId`, and the caller must hold `role` on that tenant */
  tenantScoped: z.boolean(),
});
export type ActionMeta = z.infer<typeof ActionMeta>;

export type ActionError = PublicError;

const registry = new Map<unknown, ActionMeta>();

/** What an action function was declared with (tests enumerate actions through this). */
export function actionMeta(fn: unknown): ActionMeta | undefined {
  return registry.get(fn);
}

const TenantRef = z.object({ tenantId: z.string().min(1).max(64) });

const base = createSafeActionClient({
  defineMetadataSchema: () => ActionMeta,
  defaultValidationErrorsShape: "flattened",
  handleServerError: (e, { metadata, ctx }): ActionError =>
    toPublicError(e, { name: metadata?.name ?? "action", requestId: (ctx as { service?: ServiceContext | null })?.service?.requestId }).error,
});

/** True when any string in the value (nested) carries U+0000, which PostgreSQL text cannot store. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v, depth + 1));
}

const authorized = base.use(async ({ next, metadata, clientInput }) => {
  // Refused before anything reads it: a NUL byte would otherwise reach PostgreSQL as an error (a 500).
  if (hasNul(clientInput)) throw new ValidationError("The input contains a NUL character");
  const session = await sessionContext(await headers());
  if (metadata.role === null) return next({ ctx: { service: session?.ctx ?? null } });
  if (!session) throw new UnauthorizedError();
  const ctx = session.ctx;
  if (!atLeast(ctx.actor.role, metadata.role)) {
    // Someone signed in tried something above their role: worth a line in the audit log.
    await recordAudit(ctx, { action: "access.denied", outcome: "denied", summary: { action: metadata.name, required: metadata.role } }).catch((e) =>
      logger.error({ err: e }, "could not audit a denied action"),
    );
    throw new ForbiddenError();
  }
  if (metadata.tenantScoped) {
    const ref = TenantRef.safeParse(clientInput);
    if (!ref.success) throw new ValidationError("A tenant is required", { tenantId: ["required"] });
    await getTenantOrThrow(ctx, ref.data.tenantId, metadata.role);
  }
  return next({ ctx: { service: ctx } });
});

function register<F>(fn: F, meta: ActionMeta): F {
  registry.set(fn, ActionMeta.parse(meta));
  return fn;
}

/** An action for signed-in callers holding at least `role` (on the input's tenant when `tenantScoped`). */
export function defineAction<S extends z.ZodType, R>(
  meta: { name: string; role: Role; tenantScoped?: boolean },
  input: S,
  handler: (args: { input: z.output<S>; ctx: ServiceContext }) => Promise<R>,
) {
  const full = { ...meta, tenantScoped: meta.tenantScoped ?? false };
  const fn = authorized
    .metadata(full)
    .inputSchema(input)
    .action(async ({ parsedInput, ctx }) => handler({ input: parsedInput as z.output<S>, ctx: ctx.service! }));
  return register(fn, full);
}

/** An action anyone may call, signed in or not (the sign-in page's language switch, first-run setup). */
export function definePublicAction<S extends z.ZodType, R>(
  meta: { name: string },
  input: S,
  handler: (args: { input: z.output<S>; ctx: ServiceContext | null }) => Promise<R>,
) {
  const full = { ...meta, role: null, tenantScoped: false };
  const fn = authorized
    .metadata(full)
    .inputSchema(input)
    .action(async ({ parsedInput, ctx }) => handler({ input: parsedInput as z.output<S>, ctx: ctx.service }));
  return register(fn, full);
}
