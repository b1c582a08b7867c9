import { handleInstallCommandLint } from "@/lib/domain/what-if";
import { publicJsonEndpoint } from "@/lib/server/public-api";

/** Public: parse and lint an install command; tokens come back masked. */
export const POST = (req: Request) => publicJsonEndpoint(req, "install-command-lint", handleInstallCommandLint);
