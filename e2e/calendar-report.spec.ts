// The calendar, its subscription feeds and the expiry review, walked as the demo admin would: month
// switching by button and by keyboard, a feed created, fetched and revoked, the report printed as
// CSV and presented tenant by tenant. Screenshots in English and Japanese, light and dark.
import { readFile } from "node:fs/promises";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/state";

const monthLabel = (month: string, locale = "en") => new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
const addMonths = (month: string, n: number) => {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
};

/** The earliest live authentication token of the demo, its tenant and its local month. */
async function firstExpiry() {
  const [row] = await sql<{ name: string; time_zone: string; expires_at: Date }>(
    `SELECT t.name, t.time_zone, k.expires_at FROM token k JOIN tenant t ON t.id = k.tenant_id
     WHERE k.stage = 'CURRENT' AND k.kind = 'AUTH' AND k.expires_at IS NOT NULL ORDER BY k.expires_at LIMIT 1`,
  );
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: row!.time_zone, year: "numeric", month: "2-digit" }).format(row!.expires_at);
  return { tenant: row!.name, month: local.slice(0, 7) };
}

async function withPreferences(context: BrowserContext, baseURL: string, prefs: { locale?: "en" | "ja"; theme?: "light" | "dark" }) {
  const cookies = [];
  if (prefs.locale) cookies.push({ name: "eh-locale", value: prefs.locale, url: baseURL });
  if (prefs.theme) cookies.push({ name: "eh-theme", value: prefs.theme, url: baseURL });
  await context.addCookies(cookies);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

test.describe("Calendar", () => {
  test("switches months by button and keyboard, and lists the expiries of the month", async ({ page }) => {
    const { tenant, month } = await firstExpiry();
    await page.goto("/calendar");
    await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
    const heading = page.getByTestId("month-heading");
    const thisMonth = new Date().toISOString().slice(0, 7);
    await expect(heading).toHaveText(monthLabel(thisMonth));

    await page.getByRole("link", { name: "Next month" }).click();
    await expect(heading).toHaveText(monthLabel(addMonths(thisMonth, 1)));
    await expect(page).toHaveURL(new RegExp(`month=${addMonths(thisMonth, 1)}`));
    await page.getByRole("link", { name: "Previous month" }).click();
    await expect(heading).toHaveText(monthLabel(thisMonth));
    await page.getByRole("link", { name: "Previous month" }).click();
    await expect(heading).toHaveText(monthLabel(addMonths(thisMonth, -1)));

    // Keyboard: Page Down / Page Up switch months, Home returns to this month.
    await page.locator("body").press("PageDown");
    await expect(heading).toHaveText(monthLabel(thisMonth));
    await page.locator("body").press("PageDown");
    await expect(heading).toHaveText(monthLabel(addMonths(thisMonth, 1)));
    await page.locator("body").press("Home");
    await expect(heading).toHaveText(monthLabel(thisMonth));

    // The month of the first expiry: in the grid and in the list, on the tenant's local day.
    await page.goto(`/calendar?month=${month}`);
    const label = `${tenant}: authentication token expires`;
    await expect(page.getByTestId("month-grid").getByText(label)).toBeVisible();
    await expect(page.getByTestId("event-list").getByText(label)).toBeVisible();
    await expect(page.getByTestId("month-grid").locator("td[aria-current=date]")).toHaveCount(month === thisMonth ? 1 : 0);
    await expectAccessible(page);
    await shoot(page, "calendar-en-light");
  });

  test("creates a subscription URL once, serves the feed, and revokes it", async ({ page, request }) => {
    await page.goto("/calendar");
    const card = page.getByRole("heading", { name: "Calendar subscriptions" }).locator("..");
    await card.getByLabel("Feed for").selectOption({ label: "All tenants I can see" });
    await card.getByRole("button", { name: "Create subscription URL" }).click();
    const secret = page.getByTestId("secret-once");
    await expect(secret).toBeVisible();
    const url = await secret.inputValue();
    expect(url).toMatch(/\/api\/calendar\/feeds\/ehc_[A-Za-z0-9_-]{43}\.ics$/);
    await expectAccessible(page);

    const path = new URL(url).pathname;
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain("BEGIN:VEVENT");
    expect(body).toContain("BEGIN:VALARM");

    await page.getByRole("button", { name: "Done" }).click();
    await expect(secret).toHaveCount(0);
    const table = page.getByTestId("feed-table");
    const row = table.getByRole("row").filter({ hasText: "Active" }).first();
    await row.getByRole("button", { name: /Revoke the subscription/ }).click();
    await expect(table.getByRole("row").filter({ hasText: "Revoked" }).first()).toBeVisible();
    // The e2e database is fresh: the only feed is the one created above.
    await expect(table.getByRole("row").filter({ hasText: "Active" })).toHaveCount(0);
    expect((await request.get(path)).status()).toBe(404);
  });

  test("Japanese and dark", async ({ browser, baseURL }) => {
    const { month } = await firstExpiry();
    for (const [locale, theme] of [["ja", "light"], ["en", "dark"], ["ja", "dark"]] as const) {
      const context = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
      await withPreferences(context, baseURL!, { locale, theme });
      const page = await context.newPage();
      await page.goto(`/calendar?month=${month}`);
      await expect(page.getByRole("heading", { level: 1, name: locale === "ja" ? "カレンダー" : "Calendar" })).toBeVisible();
      if (locale === "ja") await expect(page.getByRole("link", { name: "次の月" })).toBeVisible();
      await expectAccessible(page);
      await shoot(page, `calendar-${locale}-${theme}`);
      await context.close();
    }
  });
});

test.describe("Expiry review", () => {
  test("shows every tenant's tokens, downloads CSV, and prints", async ({ page }) => {
    await page.goto("/report");
    await expect(page.getByRole("heading", { level: 1, name: "Expiry review" })).toBeVisible();
    const groups = page.getByTestId("review-tenant");
    expect(await groups.count()).toBeGreaterThanOrEqual(3);
    // The demo's readiness snapshots (seeded like a sync would leave them).
    await expect(page.getByTestId("review-table")).toContainText("devices ready");
    await expect(page.getByTestId("review-table")).toContainText("Security Operations");
    await expectAccessible(page);
    await shoot(page, "report-en-light");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^expiry-review-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "tenant,tenant_slug,time_zone,secure_enrollment,token_kind,token_stage,token_set,enforce_status,expires_at_utc,expires_local,days_left,level,readiness,next_rotation,next_rotation_kind,owner,open_alerts",
    );
    expect(csv.split("\r\n").filter(Boolean).length).toBeGreaterThanOrEqual(4);

    // Print: the navigation and buttons disappear, the table stays.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
    await expect(page.getByTestId("review-table")).toBeVisible();
    await shoot(page, "report-print");
    await page.emulateMedia({ media: "screen" });
  });

  test("presentation mode moves tenant by tenant with the keyboard", async ({ page }) => {
    await page.goto("/report?present=1");
    await expect(page).toHaveURL(/\/report\/present$/);
    const position = page.getByTestId("present-position");
    await expect(position).toHaveText(/^Tenant 1 of \d+$/);
    const first = await page.getByRole("heading", { level: 1 }).textContent();
    await page.keyboard.press("ArrowRight");
    await expect(position).toHaveText(/^Tenant 2 of \d+$/);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(first!);
    await page.keyboard.press("PageDown");
    await expect(position).toHaveText(/^Tenant 3 of \d+$/);
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText(/^Tenant 2 of \d+$/);
    await page.getByRole("button", { name: "Previous tenant" }).click();
    await expect(position).toHaveText(/^Tenant 1 of \d+$/);
    await expect(page.getByRole("button", { name: "Previous tenant" })).toBeDisabled();
    await expectAccessible(page);
    await shoot(page, "report-present-en-light");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/report$/);
  });

  test("Japanese and dark", async ({ browser, baseURL }) => {
    for (const [locale, theme] of [["ja", "light"], ["en", "dark"]] as const) {
      const context = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
      await withPreferences(context, baseURL!, { locale, theme });
      const page = await context.newPage();
      await page.goto("/report");
      await expect(page.getByRole("heading", { level: 1, name: locale === "ja" ? "有効期限レビュー" : "Expiry review" })).toBeVisible();
      await expectAccessible(page);
      await shoot(page, `report-${locale}-${theme}`);
      await page.goto("/report/present");
      await expect(page.getByTestId("present-position")).toBeVisible();
      await expectAccessible(page);
      await shoot(page, `report-present-${locale}-${theme}`);
      await context.close();
    }
  });
});
