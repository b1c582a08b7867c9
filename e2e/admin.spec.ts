// The admin's pages: API keys (shown once, used by the JSON API, revoked), the audit log (filters,
// CSV export, chain verification in the page and with `npm run audit:verify`), all accessible.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { e2eState } from "./support/state";

test("an API key is shown once, works on the JSON API, and stops working when revoked", async ({ page, baseURL }) => {
  await page.goto("/settings/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  const name = `monitoring-${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption("READ");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("secret-once").inputValue();
  expect(key).toMatch(/^ehk_/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("secret-once")).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(key.slice(0, 12));
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText(key.slice(12));

  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const ok = await api.get("/api/v1/tenants", { headers: { authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  expect(Array.isArray((await ok.json()).tenants)).toBe(true);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `Revoke: ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  expect((await api.get("/api/v1/tenants", { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
  await api.dispose();
});

test("the audit log filters, exports CSV and verifies its hash chain", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Action").selectOption("api-key.create");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=api-key\.create/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("api-key.create");
  expect(await rows.filter({ hasNotText: "api-key.create" }).count()).toBe(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("id,at,actorType,actorLabel,tenantId,action,targetType,targetId,outcome,summary,requestId,sourceIp,hash");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(",api-key.create,"))).toBe(true);

  await page.getByRole("button", { name: "Verify the hash chain" }).click();
  await expect(page.getByText(/The chain is intact: \d+ events verified\./)).toBeVisible();
});

test("npm run audit:verify agrees the chain is intact", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: e2eState().databaseUrl }, timeout: 60_000 });
  expect(stdout).toMatch(/Audit log intact: \d+ events verified/);
});

test("the users page is accessible, in Japanese too", async ({ page }) => {
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1, name: "ユーザー" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/users-ja.png", fullPage: true });
  // Back to English: the choice is saved on the demo admin's account.
  await page.getByLabel("言語").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});
