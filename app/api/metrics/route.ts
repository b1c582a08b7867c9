// Prometheus metrics (text exposition format) for the tenants the caller may see. Scrape with an API
// key: `authorization: { credentials: ehk_… }` in the scrape config (README, "Monitoring").
import { apiRoute } from "@/lib/server/route-handler";
import { collectMetrics } from "@/lib/services/metrics/collect";
import { renderMetrics } from "@/lib/services/metrics/exposition";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/metrics", role: "VIEWER", accepts: "session-or-api-key" }, async ({ ctx }) => {
  const { text, contentType } = await renderMetrics(await collectMetrics({ ctx }));
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});
