// The run's live view, polled by the run page (TanStack Query). Read-only; advancing is an action.
import { apiRoute } from "@/lib/server/route-handler";
import { getRunView } from "@/lib/services/rotations/view";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>({ name: "GET /api/rotations/[id]", role: "VIEWER", accepts: "session" }, async ({ ctx, params }) =>
  Response.json(await getRunView({ ctx, input: { runId: params.id } }), { headers: { "cache-control": "no-store" } }),
);
