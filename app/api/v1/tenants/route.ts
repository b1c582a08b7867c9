// JSON API: the tenants the caller may see (a signed-in person or an API key).
import { apiRoute } from "@/lib/server/route-handler";
import { apiJson } from "@/lib/services/api/respond";
import { TenantListResponse } from "@/lib/services/api/schemas";
import { listApiTenants } from "@/lib/services/api/tenants";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/v1/tenants", role: "VIEWER", accepts: "session-or-api-key" }, async ({ ctx }) =>
  apiJson(TenantListResponse, { tenants: await listApiTenants({ ctx }) }),
);
