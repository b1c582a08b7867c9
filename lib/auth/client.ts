// Better Auth's browser client: sign-in, single sign-on and sign-out talk to /api/auth directly, so
// its rate limiting and origin checks apply. Nothing secret here; it ships to the browser.
import { createAuthClient } from "better-auth/client";

export const authClient = createAuthClient({ basePath: "/api/auth" });
