import { handleWhatIfEnrollment } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";
import { publicRoute } from "@/lib/server/route-handler";

/** Public: the enforcement matrix for one enrollment attempt (no stored data). */
export const POST = publicRoute({ name: "POST /api/v1/what-if/enrollment" }, (req) => publicJsonEndpoint(req, "what-if-enrollment", handleWhatIfEnrollment));
