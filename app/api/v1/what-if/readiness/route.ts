import { handleWhatIfReadiness } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";
import { publicRoute } from "@/lib/server/route-handler";

/** Public: whether a device's next enrollment would be refused under a planned change. */
export const POST = publicRoute({ name: "POST /api/v1/what-if/readiness" }, (req) => publicJsonEndpoint(req, "what-if-readiness", handleWhatIfReadiness));
