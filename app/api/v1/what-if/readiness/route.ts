import { handleWhatIfReadiness } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";

/** Public: whether a device's next enrollment would be refused under a planned change. */
export const POST = (req: Request) => publicJsonEndpoint(req, "what-if-readiness", handleWhatIfReadiness);
