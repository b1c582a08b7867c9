// The expiry review as a CSV download (people from the report page, or scripts with an API key).
import { apiRoute } from "@/lib/server/route-handler";
import { expiryReviewCsv } from "@/lib/services/report/csv";
import { getExpiryReview } from "@/lib/services/report/expiry-review";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ name: "GET /api/report/csv", role: "VIEWER", accepts: "session-or-api-key" }, async ({ ctx }) => {
  const review = await getExpiryReview({ ctx });
  const day = review.generatedAt.toISOString().slice(0, 10);
  return new Response(expiryReviewCsv(review), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="expiry-review-${day}.csv"`, "Cache-Control": "no-store" },
  });
});
