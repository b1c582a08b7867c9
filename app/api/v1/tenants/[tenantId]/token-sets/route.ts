// JSON API: a tenant's token sets and their tokens' metadata (never the values).
import { apiRoute } from "@/lib/server/route-handler";
import { apiJson } from "@/lib/services/api/respond";
import { TokenSetListResponse } from "@/lib/services/api/schemas";
import { listApiTokenSets } from "@/lib/services/api/token-sets";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ tenantId: string }>(
  { name: "GET /api/v1/tenants/[tenantId]/token-sets", role: "VIEWER", accepts: "session-or-api-key", tenantParam: "tenantId" },
  async ({ ctx, params }) => apiJson(TokenSetListResponse, { tokenSets: await listApiTokenSets({ ctx, tenantId: params.tenantId }) }),
);
