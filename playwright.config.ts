// End-to-end tests on Debian's Chromium (never `npx playwright install`: no downloads here) against
// a production build started by the real start command, on a fresh local PostgreSQL database.
import { defineConfig } from "@playwright/test";
import { OIDC_ISSUER, OIDC_PORT } from "./e2e/support/oidc-config";
import { ADMIN_STATE } from "./e2e/support/state";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  testMatch: /.*\.(spec|setup)\.ts/,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { browserName: "chromium" } },
    // Signed in as the demo admin unless a spec says otherwise (the setup project signs in once).
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"], use: { browserName: "chromium", viewport: { width: 1366, height: 900 }, storageState: ADMIN_STATE } },
  ],
  webServer: [
    {
      // The identity provider for the single sign-on tests; up before the app discovers it.
      command: `node node_modules/tsx/dist/cli.mjs e2e/support/oidc-provider.ts --port ${OIDC_PORT}`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Playwright starts the web servers before globalSetup, so the server script prepares its own database.
      command: `node node_modules/tsx/dist/cli.mjs e2e/support/serve.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      // SIGTERM, not Playwright's default SIGKILL: serve.ts then stops the app and drops its database
      // (killed outright, it left one eh_e2e_* database behind on the machine per run).
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
