import "server-only";
// Notification channels (admins only). The destination is encrypted at rest and never leaves the
// server: lists carry a hint; editing without a new destination keeps the stored one.
import { z } from "zod";
import { parseTarget, targetHint, type ChannelKind } from "@/lib/notifications/target";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";
import { encrypt } from "@/lib/server/crypto";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/services/scope";

const Kind = z.enum(["EMAIL", "SLACK", "TEAMS", "WEBHOOK"]);
const Fields = {
  kind: Kind,
  name: z.string().trim().min(1).max(100),
  tenantId: z.string().min(1).max(64).nullable(),
  escalation: z.boolean(),
  enabled: z.boolean(),
  locale: z.enum(["en", "ja"]),
};
export const CreateChannelInput = z.object({ ...Fields, target: z.string().max(4096) });
export type CreateChannelInput = z.infer<typeof CreateChannelInput>;
export const UpdateChannelInput = z.object({ id: z.string().min(1).max(64), ...Fields, target: z.string().max(4096).optional() });
export type UpdateChannelInput = z.infer<typeof UpdateChannelInput>;
export const ChannelRef = z.object({ id: z.string().min(1).max(64) });

export interface ChannelDto {
  id: string;
  kind: ChannelKind;
  name: string;
  tenantId: string | null;
  tenantName: string | null;
  targetHint: string;
  escalation: boolean;
  enabled: boolean;
  locale: string;
}

function checkTarget(kind: ChannelKind, raw: string) {
  const parsed = parseTarget(kind, raw);
  if (!parsed.ok) throw new ValidationError(`Destination: ${parsed.error}`, { target: [parsed.error] });
  return parsed.value;
}

async function checkTenant(ctx: ServiceContext, tenantId: string | null) {
  if (tenantId && !(await ctx.db.tenant.findFirst({ where: { id: tenantId, archivedAt: null }, select: { id: true } }))) throw new ValidationError("Unknown tenant", { tenantId: ["unknown"] });
}

/** Every channel, without destinations. */
export async function listChannels({ ctx }: { ctx: ServiceContext }): Promise<ChannelDto[]> {
  requireAdmin(ctx);
  const rows = await ctx.db.notificationChannel.findMany({ orderBy: [{ escalation: "asc" }, { name: "asc" }], include: { tenant: { select: { name: true } } } });
  return rows.map((c) => ({ id: c.id, kind: c.kind, name: c.name, tenantId: c.tenantId, tenantName: c.tenant?.name ?? null, targetHint: c.targetHint, escalation: c.escalation, enabled: c.enabled, locale: c.locale }));
}

/** Adds a channel; the destination is encrypted, the audit event names only its hint. */
export async function createChannel({ ctx, input }: { ctx: ServiceContext; input: CreateChannelInput }) {
  requireAdmin(ctx);
  const target = checkTarget(input.kind, input.target);
  await checkTenant(ctx, input.tenantId);
  const { target: _t, ...fields } = input;
  const hint = targetHint(input.kind, target);
  return audited(
    ctx,
    (c: { id: string }) => ({ action: "notification-channel.create", tenantId: input.tenantId, targetType: "notification_channel", targetId: c.id, summary: { ...fields, targetHint: hint } }),
    (tx) => tx.notificationChannel.create({ data: { ...fields, encryptedTarget: encrypt(target), targetHint: hint }, select: { id: true } }),
  );
}

/** Changes a channel; a blank destination keeps the stored one (it is never sent back to the browser). */
export async function updateChannel({ ctx, input }: { ctx: ServiceContext; input: UpdateChannelInput }) {
  requireAdmin(ctx);
  const current = await ctx.db.notificationChannel.findUnique({ where: { id: input.id } });
  if (!current) throw new NotFoundError();
  await checkTenant(ctx, input.tenantId);
  const { id, target: raw, ...fields } = input;
  const newTarget = raw?.trim() ? checkTarget(input.kind, raw) : null;
  if (!newTarget && input.kind !== current.kind) throw new ValidationError("A new kind needs a new destination", { target: ["required"] });
  const secret = newTarget ? { encryptedTarget: encrypt(newTarget), targetHint: targetHint(input.kind, newTarget) } : {};
  return audited(
    ctx,
    { action: "notification-channel.update", tenantId: input.tenantId, targetType: "notification_channel", targetId: id, summary: { ...fields, targetChanged: Boolean(newTarget), targetHint: secret.targetHint ?? current.targetHint } },
    (tx) => tx.notificationChannel.update({ where: { id }, data: { ...fields, ...secret }, select: { id: true } }),
  );
}

/** Deletes a channel and its delivery log. */
export async function deleteChannel({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof ChannelRef> }) {
  requireAdmin(ctx);
  const current = await ctx.db.notificationChannel.findUnique({ where: { id: input.id } });
  if (!current) throw new NotFoundError();
  await audited(
    ctx,
    { action: "notification-channel.delete", tenantId: current.tenantId, targetType: "notification_channel", targetId: current.id, summary: { name: current.name, kind: current.kind, targetHint: current.targetHint } },
    (tx) => tx.notificationChannel.delete({ where: { id: current.id } }),
  );
}
