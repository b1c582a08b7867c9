// JSON API: the live tokens' countdowns of every tenant the caller may see, soonest first.
import { apiRoute } from "@/lib/server/route-handler";
import { listApiCountdowns } from "@/lib/services/api/countdowns";
import { apiJson } from "@/lib/services/api/respond";
import { CountdownListResponse } from "@/lib/services/api/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/v1/countdowns", role: "VIEWER", accepts: "session-or-api-key" }, async ({ ctx }) => {
  const now = new Date();
  return apiJson(CountdownListResponse, { generatedAt: now.toISOString(), countdowns: await listApiCountdowns({ ctx, now }) });
});
