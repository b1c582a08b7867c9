// JSON API: one tenant's live tokens' countdowns.
import { apiRoute } from "@/lib/server/route-handler";
import { listApiCountdowns } from "@/lib/services/api/countdowns";
import { apiJson } from "@/lib/services/api/respond";
import { CountdownListResponse } from "@/lib/services/api/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ tenantId: string }>(
  { name: "GET /api/v1/tenants/[tenantId]/countdowns", role: "VIEWER", accepts: "session-or-api-key", tenantParam: "tenantId" },
  async ({ ctx, params }) => {
    const now = new Date();
    return apiJson(CountdownListResponse, { generatedAt: now.toISOString(), countdowns: await listApiCountdowns({ ctx, tenantId: params.tenantId, now }) });
  },
);
