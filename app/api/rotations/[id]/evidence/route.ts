// The evidence pack as a JSON download (steps, times, actors, approvals, vendor calls, verification).
import { recordAudit } from "@/lib/server/audit";
import { apiRoute } from "@/lib/server/route-handler";
import { getEvidencePack } from "@/lib/services/rotations/evidence";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>({ name: "GET /api/rotations/[id]/evidence", role: "VIEWER", accepts: "session" }, async ({ ctx, params }) => {
  const pack = await getEvidencePack({ ctx, input: { runId: params.id } });
  await recordAudit(ctx, { action: "rotation.evidence-export", tenantId: pack.tenant.id, targetType: "rotation_run", targetId: pack.run.id });
  return new Response(JSON.stringify(pack, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="rotation-${pack.tenant.slug}-${pack.run.id}.json"`, "cache-control": "no-store" },
  });
});
