// The newcomer's path, signed in as the demo admin (the setup project's session): the app opens, the
// shell renders in both languages and both themes, health is ok, every page of the navigation
// answers, and screenshots are saved to look at.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const NAV = [
  ["Overview", "概要", "/"],
  ["Tenants", "テナント", "/tenants"],
  ["Rotations", "トークン更新", "/rotations"],
  ["Devices", "端末", "/devices"],
  ["Calendar", "カレンダー", "/calendar"],
  ["Audit", "監査ログ", "/audit"],
  ["Settings", "設定", "/settings"],
] as const;

test("health is ok", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "postgres", migrations: "up-to-date" });
});

test("the shell renders in English, every page answers, and it is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  for (const [en, , href] of NAV) {
    await nav.getByRole("link", { name: en }).click();
    // Pages may keep their view state in the query (the devices table does).
    await expect(page).toHaveURL(new RegExp(`${href === "/" ? "/$" : `${href}(\\?.*)?(#.*)?`}$`));
    await expect(page.getByRole("heading", { level: 1, name: en })).toBeVisible();
    await expect(nav.getByRole("link", { name: en })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
  }
  await page.goto("/");
  await page.screenshot({ path: "e2e/screenshots/overview-en-light.png", fullPage: true });
});

test("switching to Japanese is remembered, and the shell is translated", async ({ page, context }) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1, name: "概要" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "eh-locale")?.value).toBe("ja");
  await page.reload();
  const nav = page.getByRole("navigation", { name: "メインナビゲーション" });
  for (const [, ja] of NAV) await expect(nav.getByRole("link", { name: ja })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/overview-ja-light.png", fullPage: true });
  // Signed in, the choice is also saved on the account: put it back for the other specs.
  await page.getByLabel("言語").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});

test("the dark theme applies and is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(14, 17, 22)");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/overview-en-dark.png", fullPage: true });
});

test("an unknown page is a 404 that leaks nothing", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("This page does not exist")).toBeVisible();
});
