// Devices and readiness on the demo data: the report per change, the drill-down table filtered, sorted
// and paged by the server, the CSV import preview with per-row errors, and the classification rule.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const refusedCount = async (page: Page) => Number((await page.getByTestId("refused-devices").innerText()).replace(/[^\d]/g, ""));

test("the readiness report shows who a change would refuse, with charts, trend and a drill-down table", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/devices");
  await expect(page.getByRole("heading", { level: 1, name: "Devices and readiness" })).toBeVisible();
  const enforce = await refusedCount(page);
  expect(enforce).toBeGreaterThan(0);
  await expect(page.getByRole("table").filter({ hasText: "Reason" }).first()).toBeVisible();
  await expect(page.getByRole("figure", { name: "By client version" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Refused devices over time" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/devices-en-light.png", fullPage: true });

  // Filter to the refused devices: the table's total equals the report's figure.
  const table = page.locator("#devices-table");
  await table.getByLabel("Readiness").selectOption("refused");
  await expect(table.getByText(new RegExp(`^${enforce} devices?$`))).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("Refused");
  // Pages of 10, so the demo's refused devices span several pages (the URL holds the table's state).
  const tenRows = new URL(page.url());
  tenRows.searchParams.set("pageSize", "10");
  await page.goto(tenRows.toString());
  await expect(table.getByText(new RegExp(`^${enforce} devices?$`))).toBeVisible();

  // Sort by client version, descending, in the server.
  await table.getByRole("button", { name: /Sort by Client/ }).click();
  await table.getByRole("button", { name: /Sort by Client/ }).click();
  await expect(table.getByRole("columnheader", { name: /Client/ })).toHaveAttribute("aria-sort", "descending");
  const first = await table.locator("tbody tr").first().innerText();
  // Page 2 shows other devices.
  await table.getByRole("button", { name: "Next" }).click();
  await expect(table.getByText(/Page 2 of/)).toBeVisible();
  await expect(table.locator("tbody tr").first()).not.toHaveText(first);
  await expect(page).toHaveURL(/status=refused/);

  // Another change has its own counts; a tenant narrows the report.
  await page.getByRole("navigation", { name: "Planned change" }).getByRole("link", { name: /Rotate \(multi-token/ }).click();
  await expect(page).toHaveURL(/change=rotate-multi-token/);
  await page.getByRole("navigation", { name: "Tenant" }).getByRole("link", { name: "Acme Corporation" }).click();
  await expect(page.getByTestId("refused-devices")).toBeVisible();
  expect(await refusedCount(page)).toBeLessThanOrEqual(enforce + 1000);

  // A device's details.
  await page.locator("#devices-table tbody tr a").first().click();
  await expect(page.getByRole("heading", { name: "Readiness for each planned change" })).toBeVisible();
  await expect(page.getByText("Token last given")).toBeVisible();
  await expectAccessible(page);

  const csv = await page.request.get("/api/devices/export?status=refused");
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toContain("hostname");
  expect(lines.length - 1).toBe(enforce);
});

test("the CSV import previews, lists the bad rows with their line, and imports the good ones", async ({ page }) => {
  await page.goto("/devices/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import devices" })).toBeVisible();
  const csv = [
    "Hostname,Serial Number,OS,Client Version,Username,Install Mode,Multi-user",
    "E2E-WS-1,E2E-S-1,Windows,123.0.1,a@e2e.test|b@e2e.test,UPN,yes",
    "E2E-WS-2,E2E-S-2,Plan 9,123.0.1,c@e2e.test,UPN,yes",
    "E2E-MAC-3,E2E-S-3,macOS,R124,d@e2e.test,IdP,no",
    ",,Windows,120.1.0,,UPN,no",
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "devices.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("4 rows: 2 can be imported, 2 cannot");
  const errors = page.getByTestId("import-errors");
  await expect(errors.getByRole("row").filter({ hasText: "Unknown operating system" })).toContainText("3");
  await expect(errors.getByRole("row").filter({ hasText: "No host name" })).toContainText("5");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/devices-import-en.png", fullPage: true });
  await page.getByRole("button", { name: "Import 2 devices" }).click();
  await expect(page.getByText("2 devices imported; 2 rows skipped.")).toBeVisible();
  await page.goto("/devices?q=E2E-");
  await expect(page.locator("#devices-table").getByText(/^2 devices$/)).toBeVisible();
});

test("the classification rule page gives the registry checks, console steps and the caveat", async ({ page, context, baseURL }) => {
  // three pages and three accessibility scans of the long report page: more than the default minute on a busy machine
  test.setTimeout(180_000);
  await page.goto("/devices/classification");
  await expect(page.getByRole("heading", { level: 1, name: "Device classification rule" })).toBeVisible();
  await expect(page.getByText("HKLM\\SOFTWARE\\Netskope\\SecureToken").first()).toBeVisible();
  await expect(page.getByTestId("registry-value")).toHaveText(["AuthenticationToken"]);
  await expect(page.getByText("Only where no real-time policy uses device classification")).toBeVisible();
  await page.getByRole("button", { name: /Also check the encryption token/ }).click();
  await expect(page.getByTestId("registry-value")).toHaveText(["AuthenticationToken", "EncryptionToken"]);
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/devices-rule-en.png", fullPage: true });

  await context.addCookies([{ name: "eh-locale", value: "ja", url: baseURL! }]);
  await page.goto("/devices/classification");
  await expect(page.getByRole("heading", { level: 1, name: "デバイス分類ルール" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/devices-rule-ja.png", fullPage: true });
  await page.goto("/devices");
  await expect(page.getByRole("heading", { level: 1, name: "デバイスと準備状況" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/devices-ja-light.png", fullPage: true });
  await page.getByRole("radio", { name: "ダーク" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/devices-ja-dark.png", fullPage: true });
});
