import { handleInstallCommandLint } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";
import { publicRoute } from "@/lib/server/route-handler";

/** Public: parse and lint an install command; tokens come back masked. */
export const POST = publicRoute({ name: "POST /api/v1/install-command/lint" }, (req) => publicJsonEndpoint(req, "install-command-lint", handleInstallCommandLint));
