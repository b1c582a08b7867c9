import "server-only";
// Resolves an API key to the actor it acts as. Keys are looked up by the SHA-256 of the whole key
// (hash at rest, never the key), so a wrong key costs one indexed lookup and reveals nothing.
import { randomUUID } from "node:crypto";
import { apiKeyRole } from "@/lib/auth/roles";
import { hashApiKey } from "@/lib/auth/api-key-token";
import type { ServiceContext } from "@/lib/server/context";
import type { Db } from "@/lib/server/db";

const LAST_USED_GRANULARITY_MS = 60_000;

/** The context an API key acts in, or null for an unknown, revoked or expired key. */
export async function authenticateApiKey({ db, key, requestId, sourceIp, now = new Date() }: { db: Db; key: string; requestId?: string; sourceIp?: string; now?: Date }): Promise<ServiceContext | null> {
  const row = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: { id: true, name: true, prefix: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdBy: { select: { disabledAt: true } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.createdBy.disabledAt) return null;
  // lastUsedAt is for the admin list; writing it at most once a minute keeps reads read-only.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS)
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return {
    actor: { type: "api-key", id: row.id, label: `${row.name} (${row.prefix}…)`, role: apiKeyRole(row.scope) },
    db,
    requestId: requestId ?? randomUUID(),
    sourceIp,
  };
}
