// Who may do what, in the browser: a viewer sees no admin pages and no admin API, an operator sees
// only the tenants assigned to them (another tenant's id is 404), and disabling someone ends their
// session at once.
import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { ADMIN_STATE } from "./support/state";
import { createTenant } from "./support/tenants";
import { createUserViaUi, signInAs, uniqueEmail } from "./support/users";

test.use({ storageState: { cookies: [], origins: [] } });

async function asNewSession(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return { context, page };
}

test("a viewer sees neither the admin pages nor the admin API", async ({ browser }) => {
  const email = uniqueEmail("viewer");
  const { page, context } = await asNewSession(browser, email, await createUserViaUi(browser, { name: "Vera Viewer", email, role: "Viewer" }));
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Audit" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(page.getByText("Viewer", { exact: true })).toBeVisible();
  await expect(page.getByText("No tenants yet.")).toBeVisible();
  await expectAccessible(page);
  for (const path of ["/audit", "/settings", "/settings/users", "/settings/api-keys"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText("This page does not exist, or you may not see it.")).toBeVisible();
  }
  const exportRes = await page.request.get("/api/audit/export");
  expect(exportRes.status()).toBe(403);
  await context.close();
});

test("an operator sees only their tenants; another tenant's id is 404", async ({ browser }) => {
  const [mine, other] = [await createTenant("Operated"), await createTenant("Elsewhere")];
  const email = uniqueEmail("operator");
  const password = await createUserViaUi(browser, { name: "Otto Operator", email, role: "Operator" });

  // The admin assigns the tenant on the user's page.
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const adminPage = await admin.newPage();
  await adminPage.goto("/settings/users");
  await adminPage.getByRole("link", { name: "Edit Otto Operator" }).click();
  await adminPage.getByRole("checkbox", { name: new RegExp(mine.name) }).check();
  await adminPage.getByLabel(`${mine.name}: Operator / Viewer`).selectOption("OPERATOR");
  await adminPage.getByRole("button", { name: "Save tenants" }).click();
  await expect(adminPage.getByText("Tenants saved.")).toBeVisible();
  await expectAccessible(adminPage);
  await admin.close();

  const { page, context } = await asNewSession(browser, email, password);
  await page.goto("/tenants");
  await expect(page.getByRole("cell", { name: mine.name })).toBeVisible();
  await expect(page.getByRole("cell", { name: other.name })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/tenants/${mine.id}`)).status()).toBe(200);
  const foreign = await page.request.get(`/api/v1/tenants/${other.id}`);
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toEqual({ error: { code: "not_found", message: "Not found" } });
  await context.close();
});

test("disabling a user signs them out at once", async ({ browser }) => {
  const email = uniqueEmail("leaver");
  const { page, context } = await asNewSession(browser, email, await createUserViaUi(browser, { name: "Lee Leaver", email, role: "Viewer" }));
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const adminPage = await admin.newPage();
  await adminPage.goto("/settings/users");
  await adminPage.getByRole("link", { name: "Edit Lee Leaver" }).click();
  await adminPage.getByRole("button", { name: "Disable user" }).click();
  await expect(adminPage.getByRole("button", { name: "Enable user" })).toBeVisible();
  await admin.close();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test("a request that rides on the session from another site is refused", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const res = await admin.request.post("/api/v1/tenants", { headers: { origin: "https://evil.example" }, data: {} });
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ error: { reason: "csrf" } });
  await admin.close();
});
