// Settings → Connections as the demo admin: add a Jamf Pro connection pointing at the running
// simulator (a bad URL first: a clear field error and nothing lost), test it and read each check,
// test a wrong secret, test a tenant's Netskope API; the secret never appears in the page after
// saving; accessible; screenshots in English and Japanese, light and dark.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const simulator = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 10}`;

async function jamfClient(instance: string): Promise<{ clientId: string; clientSecret: string }> {
  const state = (await (await fetch(`${simulator}/__admin/state`)).json()) as { jamf: { name: string; clients: { clientId: string; clientSecret: string }[] }[] };
  const client = state.jamf.find((j) => j.name === instance)?.clients[0];
  if (!client) throw new Error(`no Jamf instance ${instance} in the simulator`);
  return client;
}

const checkRow = (page: Page, id: string) => page.getByTestId("connection-report").first().locator(`tr[data-check="${id}"]`);

test("add a Jamf Pro connection, test it, and never see its secret again", async ({ page }) => {
  // Many steps, each a server round trip or an axe scan: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const { clientId, clientSecret } = await jamfClient("globex");
  const name = `E2E Jamf ${Date.now().toString(36)}`;

  await page.goto("/settings/connections");
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Connections", exact: true })).toHaveAttribute("aria-current", "page");
  const netskope = page.getByRole("region", { name: "Netskope REST API, per tenant" });
  await expect(netskope.getByRole("row").filter({ hasText: "Token stored" })).toHaveCount(3);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/connections-en.png", fullPage: true });

  await page.getByRole("link", { name: "Add Jamf Pro connection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add Jamf Pro connection" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Jamf Pro URL").fill("http://jamf.example.com");
  await page.getByLabel("Client ID").fill(clientId);
  await page.getByLabel("Client secret").fill(clientSecret);
  await page.getByRole("button", { name: "Add connection" }).click();
  // Plain http off loopback is refused next to the field; nothing typed is lost.
  await expect(page.getByText("Use https:// (plain http is accepted only for a local simulator on 127.0.0.1 or localhost).")).toBeVisible();
  await expect(page.getByLabel("Jamf Pro URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByLabel("Client ID")).toHaveValue(clientId);
  await expectAccessible(page);

  await page.getByLabel("Jamf Pro URL").fill(`${simulator}/jamf/globex`);
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page).toHaveURL(/\/settings\/connections\/mdm\/[^/?]+\?created=1/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Connection added.")).toBeVisible();
  await expect(page.getByLabel("Client secret")).toHaveValue("");
  await expect(page.getByText(/A secret is stored \(fingerprint [0-9a-f]{8}\)/)).toBeVisible();
  expect(await page.content()).not.toContain(clientSecret);

  // The saved settings, tested: every check the product needs, with its result.
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Everything the product needs works.").first()).toBeVisible({ timeout: 30_000 });
  await expect(checkRow(page, "auth")).toContainText("Pass");
  await expect(checkRow(page, "scripts.read")).toContainText("Pass");
  await expect(checkRow(page, "policies.read")).toContainText("Pass");
  await expect(checkRow(page, "computers.read")).toContainText("Pass");
  await expect(checkRow(page, "policies.write")).toContainText("Not checked");
  await expect(checkRow(page, "rate-limit")).toContainText("at most 5 concurrent connections");
  await expect(page.getByText("These are the saved settings: this result is kept as their last test.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/connection-jamf-en.png", fullPage: true });

  // Kept: after a reload the last test is on the page, the secret is not.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Last test of the saved settings" })).toBeVisible();
  await expect(page.getByTestId("connection-report")).toContainText("Everything the product needs works.");
  expect(await page.content()).not.toContain(clientSecret);

  // A wrong secret, typed but not saved: authentication fails, and the result is not kept.
  await page.getByLabel("Client secret").fill("not-the-right-secret");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("1 check failed.")).toBeVisible({ timeout: 30_000 });
  await expect(checkRow(page, "auth")).toContainText("Fail");
  await expect(checkRow(page, "auth")).toContainText("The credentials were refused.");
  await expect(page.getByText("These values differ from the saved ones: this result is not kept.")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/connection-jamf-wrong-secret-en.png", fullPage: true });

  // In the list: the connection, its secret's fingerprint only, its last test passed.
  await page.goto("/settings/connections");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Jamf Pro");
  await expect(row).toContainText("Pass");
  expect(await page.content()).not.toContain(clientSecret);

  // Japanese, light and dark.
  await page.getByRole("link", { name: `Edit ${name}` }).click();
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Everything the product needs works.").first()).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.getByRole("heading", { name: "保存済み設定の前回のテスト" })).toBeVisible();
  await expect(page.getByTestId("connection-report").first()).toContainText("製品に必要な項目はすべて機能しています。");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/connection-jamf-ja.png", fullPage: true });
  await page.goto("/settings/connections");
  await expect(page.getByRole("heading", { level: 1, name: "接続" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/connections-ja.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "e2e/screenshots/connections-ja-dark.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByLabel("言語").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
});

test("test a tenant's Netskope API: every permission and the observed rate limit", async ({ page }) => {
  await page.goto("/settings/connections");
  await page.getByRole("link", { name: /^Edit the API settings of Acme/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Netskope API: Acme/ })).toBeVisible();
  await expect(page.getByLabel("API token")).toHaveValue("");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText("Everything the product needs works.").first()).toBeVisible({ timeout: 30_000 });
  for (const id of ["auth", "enrollment.tokenset.rw", "events.clientstatus.read", "events.dataexport.read", "deviceclassification.read"]) await expect(checkRow(page, id)).toContainText("Pass");
  await expect(checkRow(page, "devices.tags.write")).toContainText("Not checked");
  await expect(checkRow(page, "rate-limit")).toContainText(/RateLimit-Limit \d+/);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/connection-netskope-en.png", fullPage: true });

  // A URL that is not the REST API v2 base: refused with the reason, the value stays for fixing.
  await page.getByLabel("REST API base URL").fill("https://acme.goskope.com");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The URL must end in /api/v2, e.g. https://acme.goskope.com/api/v2.")).toBeVisible();
  await expect(page.getByLabel("REST API base URL")).toHaveValue("https://acme.goskope.com");
});
