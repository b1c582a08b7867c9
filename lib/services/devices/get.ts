import "server-only";
// One device with its users and its readiness for every planned change.
import { classTable, PLANNED_CHANGES } from "@/lib/domain/readiness-class";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError } from "@/lib/server/errors";
import { tenantScope } from "@/lib/services/scope";
import { classKeySql, currentTokenFingerprints } from "./readiness-sql";

/** The device (404 when its tenant is not visible), its users, and readiness per change. */
export async function getDevice({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) throw new NotFoundError();
  const device = await ctx.db.device.findFirst({
    where: { id: input.id, tenant: tenantScope(ctx) },
    include: { users: { orderBy: { username: "asc" }, take: 500 }, tenant: { select: { id: true, name: true } } },
  });
  if (!device) throw new NotFoundError();
  const fingerprints = await currentTokenFingerprints(ctx.db, [device.tenantId]);
  const rows = await ctx.db.$queryRaw<{ key: number; current: boolean }[]>`
    SELECT ${classKeySql("d", fingerprints)} AS key,
      EXISTS (SELECT 1 FROM token t WHERE t.tenant_id = d.tenant_id AND t.kind = 'AUTH' AND t.stage = 'CURRENT' AND t.fingerprint = d.token_fingerprint) AS current
    FROM device d WHERE d.id = ${device.id}::uuid`;
  const { key, current } = rows[0] ?? { key: 0, current: false };
  const readiness = PLANNED_CHANGES.map((change) => ({ change, ...classTable(change)[key]! }));
  return { device, readiness, tokenIsCurrent: current };
}
