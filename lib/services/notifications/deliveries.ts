import "server-only";
// The delivery log (admins): the latest deliveries with their channel and alert, no destinations.
import type { ServiceContext } from "@/lib/server/context";
import { requireAdmin } from "@/lib/services/scope";

export interface DeliveryRow {
  id: string;
  createdAt: Date;
  sentAt: Date | null;
  channelName: string;
  channelKind: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK";
  purpose: string;
  status: "PENDING" | "SENT" | "FAILED" | "CANCELLED";
  attempts: number;
  lastError: string | null;
  alert: { tenantName: string; level: "NOTICE" | "WARNING" | "CRITICAL" | "EXPIRED"; tokenKind: "AUTH" | "ENCRYPTION"; thresholdDays: number } | null;
}

/** The latest `limit` deliveries, newest first. */
export async function listDeliveries({ ctx, limit = 100 }: { ctx: ServiceContext; limit?: number }): Promise<DeliveryRow[]> {
  requireAdmin(ctx);
  const rows = await ctx.db.notificationDelivery.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: {
      channel: { select: { name: true, kind: true } },
      alert: { select: { level: true, thresholdDays: true, tenant: { select: { name: true } }, token: { select: { kind: true } } } },
    },
  });
  return rows.map((d) => ({
    id: d.id.toString(),
    createdAt: d.createdAt,
    sentAt: d.sentAt,
    channelName: d.channel.name,
    channelKind: d.channel.kind,
    purpose: d.purpose,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    alert: d.alert ? { tenantName: d.alert.tenant.name, level: d.alert.level, tokenKind: d.alert.token.kind, thresholdDays: d.alert.thresholdDays } : null,
  }));
}
