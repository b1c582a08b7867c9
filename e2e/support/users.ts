// People for the e2e tests, made the way an admin makes them: through the Users page.
import { expect, type Browser, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./state";

let n = 0;
/** A unique email for this run. */
export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${n++}@e2e.example`;

/** Creates a local user on the Users page as the demo admin; returns the initial password shown once. */
export async function createUserViaUi(browser: Browser, user: { name: string; email: string; role: "Viewer" | "Operator" | "Admin" }): Promise<string> {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  await page.goto("/settings/users");
  const form = page.getByRole("heading", { name: "Add a user" }).locator("..");
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Role").selectOption({ label: user.role });
  await form.getByRole("button", { name: "Add user" }).click();
  const secret = page.getByTestId("secret-once");
  await expect(secret).toBeVisible();
  const password = await secret.inputValue();
  await context.close();
  return password;
}

/** Signs in on the sign-in page and waits until the app has loaded. */
export async function signInAs(page: Page, email: string, password: string, next = "/") {
  await page.goto(next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
}
