// Signs in once as the demo admin (the password the start command wrote into its data directory)
// and saves the session, so every spec starts signed in without repeating the sign-in.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { ADMIN_STATE, DEMO_ADMIN_EMAIL, demoAdminPassword } from "./support/state";

setup("sign in as the demo admin", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(demoAdminPassword());
  const t0 = Date.now();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  console.log(`sign-in to a rendered overview took ${Date.now() - t0} ms`);
  mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await page.context().storageState({ path: ADMIN_STATE });
});
