import { handleWhatIfEnrollment } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";

/** Public: the enforcement matrix for one enrollment attempt (no stored data). */
export const POST = (req: Request) => publicJsonEndpoint(req, "what-if-enrollment", handleWhatIfEnrollment);
