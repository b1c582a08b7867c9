// JSON API: one tenant; 404 for a tenant the caller may not see.
import { apiRoute } from "@/lib/server/route-handler";
import { apiJson } from "@/lib/services/api/respond";
import { TenantResponse } from "@/lib/services/api/schemas";
import { getApiTenant } from "@/lib/services/api/tenants";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ tenantId: string }>(
  { name: "GET /api/v1/tenants/[tenantId]", role: "VIEWER", accepts: "session-or-api-key", tenantParam: "tenantId" },
  async ({ ctx, params }) => apiJson(TenantResponse, { tenant: await getApiTenant({ ctx, id: params.tenantId }) }),
);
