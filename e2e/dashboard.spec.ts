// The morning look and the tenant page, as a security team uses them: the overview lists tenants most
// urgent first with tiles that match the data, a banner names what is critical or expired, an operator
// reveals and copies a token (both audited), manual entry explains each mistake next to its field, and
// acme's Intune kiosk app is shown (and re-checked) as carrying an out-of-date token.
import { randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/state";
import { createTenant } from "./support/tenants";

// Vendor calls (sync, drift) and a loaded CI machine: more room than the default 10 s per assertion.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const DAY = 86_400_000;
const uid = () => randomBytes(4).toString("hex");

/** A tenant with one current auth token expiring `days` from now (its value is never read here). */
async function tenantWithToken(name: string, days: number) {
  const tenant = await createTenant(name);
  const set = `ts_${uid()}`;
  await sql(`UPDATE tenant SET se_state = 'ENFORCED', time_zone = 'Europe/Berlin' WHERE id = $1`, [tenant.id]);
  await sql(`INSERT INTO token_set (id, tenant_id, vendor_token_set_id, enforce_status, stage, updated_at) VALUES ($1, $2, '1', 'ENFORCED', 'CURRENT', now())`, [set, tenant.id]);
  await sql(
    `INSERT INTO token (id, tenant_id, token_set_id, kind, encrypted_value, fingerprint, suffix, stage, source, expires_at, updated_at)
     VALUES ($1, $2, $3, 'AUTH', 'not-decrypted-in-this-test', $4, 'Zz9q', 'CURRENT', 'MANUAL', $5, now())`,
    [`tok_${uid()}`, tenant.id, set, uid(), new Date(Date.now() + days * DAY)],
  );
  return tenant;
}

const cleanup: string[] = [];
test.afterEach(async () => {
  if (cleanup.length) await sql(`UPDATE tenant SET archived_at = now() WHERE id = ANY($1)`, [cleanup.splice(0)]);
});

const rowNames = (page: Page) => page.getByTestId("overview-row").locator("th a").allTextContents();
const tileValue = async (page: Page, id: string) => Number(await page.getByTestId(`${id}-value`).textContent());
const acmeId = async () => (await sql<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'acme'`))[0]!.id;

test("the overview lists tenants most urgent first, with tiles that match the data, and a banner for an expired token", async ({ page }) => {
  const expired = await tenantWithToken("Expired Ltd", -2);
  const critical = await tenantWithToken("Critical KK", 3);
  // Archived afterwards (pass or fail), so the other tests see only the demo's tenants expire.
  cleanup.push(expired.id, critical.id);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const names = await rowNames(page);
  const at = (n: string) => names.indexOf(n);
  expect(at(expired.name)).toBe(0);
  expect(at(critical.name)).toBe(1);
  // The demo: acme's token expires in 9 days, initech's old one in 12, globex (not enforced) in 70.
  expect(at("Acme Corporation")).toBe(2);
  expect(at("Initech")).toBe(3);
  expect(at("Globex")).toBeGreaterThan(at("Initech"));
  await expect(page.getByTestId("overview-row").first()).toHaveAttribute("data-level", "expired");
  await expect(page.getByTestId("overview-row").nth(1).getByText("Critical", { exact: true })).toBeVisible();

  // Tiles, recomputed from the database independently of the app.
  const [counts] = await sql<{ expired: string; soon: string; not_enforced: string; active: string }>(`
    SELECT (SELECT count(*) FROM token k JOIN tenant t ON t.id = k.tenant_id WHERE t.archived_at IS NULL AND k.stage = 'CURRENT' AND k.expires_at <= now()) AS expired,
           (SELECT count(*) FROM token k JOIN tenant t ON t.id = k.tenant_id WHERE t.archived_at IS NULL AND k.stage = 'CURRENT' AND k.expires_at > now() AND k.expires_at <= now() + interval '30 days') AS soon,
           (SELECT count(*) FROM tenant WHERE archived_at IS NULL AND se_state <> 'ENFORCED') AS not_enforced,
           (SELECT count(*) FROM rotation_run WHERE status = 'ACTIVE') AS active`);
  expect(await tileValue(page, "tile-expired")).toBe(Number(counts!.expired));
  expect(await tileValue(page, "tile-expiring")).toBe(Number(counts!.soon));
  expect(await tileValue(page, "tile-not-enforced")).toBe(Number(counts!.not_enforced));
  expect(await tileValue(page, "tile-rotations")).toBe(Number(counts!.active));
  await expectAccessible(page);

  // The live data route returns the same order, and never a token value.
  const json = await (await page.request.get("/api/overview")).json();
  expect(json.tenants[0].name).toBe(expired.name);
  expect(JSON.stringify(json)).not.toMatch(/encrypted|fingerprint/i);

  // The banner, on every dashboard page: an expired token cannot be dismissed.
  await page.goto("/tenants");
  const banner = page.getByRole("region", { name: "Token expiry warning" });
  await expect(banner).toContainText(`${expired.name}: the authentication token expired 2 d`);
  await expect(banner.getByRole("button", { name: "Dismiss for this session" })).toHaveCount(0);
  await banner.getByRole("link", { name: "Open tenant" }).click();
  await expect(page.getByRole("heading", { level: 1, name: expired.name })).toBeVisible();

  // The overview links every tenant's page; the tenants list does too.
  await page.goto("/tenants");
  await page.getByRole("link", { name: critical.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: critical.name })).toBeVisible();
});

test("a critical (not expired) warning can be dismissed for the session", async ({ page, context }) => {
  const critical = await tenantWithToken("Soon Corp", 2);
  cleanup.push(critical.id);
  await page.goto("/rotations");
  const banner = page.getByRole("region", { name: "Token expiry warning" });
  await expect(banner).toContainText(`${critical.name}: the authentication token expires in 1 d`);
  await banner.getByRole("button", { name: "Dismiss for this session" }).click();
  await expect(banner).toHaveCount(0);
  await page.goto("/tenants");
  await expect(page.getByRole("region", { name: "Token expiry warning" })).toHaveCount(0);
  const fresh = await context.browser()!.newContext({ storageState: await context.storageState() });
  const other = await fresh.newPage();
  await other.goto("/tenants");
  await expect(other.getByRole("region", { name: "Token expiry warning" })).toBeVisible();
  await fresh.close();
});

test("an operator reveals and copies acme's token; both are audited; drift of the kiosk app is shown and re-checked", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = await acmeId();
  await page.goto(`/tenants/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Acme Corporation" })).toBeVisible();
  const row = page.getByTestId("token-row").filter({ hasText: "Authentication token" }).first();
  const value = row.getByTestId("token-value");
  await expect(value).toHaveText(/^••••••.{4}$/);
  // Nothing of the value is in the page's HTML before the click.
  const masked = (await value.textContent())!;
  const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action IN ('token.reveal', 'token.copy') AND tenant_id = $1`, [id]);

  await row.getByRole("button", { name: "Reveal the Authentication token" }).click();
  await expect(value).not.toHaveText(masked);
  const revealed = (await value.textContent())!;
  expect(revealed).toMatch(/^[A-Za-z0-9]{40}$/);
  expect(revealed.endsWith(masked.slice(-4))).toBe(true);
  await expect(row.getByText("This reveal was recorded in the audit log.")).toBeVisible();

  await row.getByRole("button", { name: "Copy the Authentication token" }).click();
  await expect(row.getByRole("button", { name: "Copy the Authentication token" })).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(revealed);
  const events = await sql<{ action: string; actor_label: string; summary: unknown }>(
    `SELECT action, actor_label, summary FROM audit_event WHERE action IN ('token.reveal', 'token.copy') AND tenant_id = $1 ORDER BY id DESC LIMIT 2`,
    [id],
  );
  expect(events.map((e) => e.action).sort()).toEqual(["token.copy", "token.reveal"]);
  expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action IN ('token.reveal', 'token.copy') AND tenant_id = $1`, [id]))[0]!.n)).toBe(Number(before[0]!.n) + 2);
  expect(JSON.stringify(events)).not.toContain(revealed);
  await row.getByRole("button", { name: "Hide" }).click();
  await expect(value).toHaveText(masked);

  // Drift: the kiosk app in Intune still carries the previous token.
  const kiosk = page.getByTestId("mdm-row").filter({ hasText: "Netskope Client (kiosk, NPA prelogon)" });
  await expect(kiosk).toHaveAttribute("data-drift", "DRIFTED");
  await expect(kiosk.getByText("Out of date")).toBeVisible();
  await page.getByRole("button", { name: "Check drift now" }).click();
  await expect(page.getByTestId("drift-status")).toContainText(/Checked \d+: \d+ current, [1-9]\d* out of date/);
  await expect(kiosk).toHaveAttribute("data-drift", "DRIFTED");
  await expect(page.getByTestId("mdm-row").filter({ hasText: "Netskope Client (kiosk, NPA prelogon)" })).toHaveAttribute("data-drift", "DRIFTED");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/tenant-en-light.png", fullPage: true });
});

test("manual entry explains each mistake next to its field and refuses a previous token", async ({ page }) => {
  const tenant = await createTenant("Manual Entry");
  await page.goto(`/tenants/${tenant.id}`);
  await page.getByText("Enter a token from the console").click();
  const form = page.getByTestId("token-entry");
  const valueField = form.getByLabel("Token value");
  const expires = form.getByLabel("Expires", { exact: true });
  const local = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 16);
  const save = () => form.getByRole("button", { name: "Save token" }).click();
  const tokenA = `TESTauth${uid()}${uid()}${uid()}`;
  const tokenB = `TESTauth${uid()}${uid()}${uid()}`;

  await valueField.fill(`enrollauthtoken=${tokenA}`);
  await expires.fill(local(120));
  await save();
  await expect(form.getByText("Paste only the value, without enrollauthtoken= or enrollencryptiontoken=.")).toBeVisible();
  await expect(valueField).toHaveAttribute("aria-invalid", "true");

  await valueField.fill(tokenA);
  await expires.fill(local(-1));
  await save();
  await expect(form.getByText("The expiry must be in the future.")).toBeVisible();

  await expires.fill(local(30));
  await save();
  await expect(form.getByText("Netskope tokens are valid for at least 90 days: check the dates.")).toBeVisible();
  await expectAccessible(page);

  await expires.fill(local(90));
  await save();
  await expect(form.getByText("Token saved.")).toBeVisible();
  await expect(page.getByTestId("token-row")).toHaveCount(1);

  // B replaces A in the same set; A is history now and cannot come back.
  await valueField.fill(tokenB);
  await expires.fill(local(95));
  await save();
  await expect(form.getByText("Token saved.")).toBeVisible();
  await expect(page.getByTestId("history-table").getByRole("row")).toHaveCount(2);
  await valueField.fill(tokenA);
  await expires.fill(local(100));
  await save();
  await expect(form.getByText("This is a previous token of this tenant. A rotation must produce a new value.")).toBeVisible();
  const stored = await sql<{ n: string }>(`SELECT count(*) AS n FROM token WHERE tenant_id = $1`, [tenant.id]);
  expect(Number(stored[0]!.n)).toBe(2);
});

test("screenshots: overview and tenant page, English and Japanese, light and dark", async ({ page, context }) => {
  const id = await acmeId();
  const url = new URL("/", test.info().project.use.baseURL).toString();
  for (const [locale, theme] of [["en", "light"], ["ja", "light"], ["en", "dark"], ["ja", "dark"]] as const) {
    await context.addCookies([
      { name: "eh-locale", value: locale, url },
      { name: "eh-theme", value: theme, url },
    ]);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByTestId("overview-row").first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/overview-${locale}-${theme}.png`, fullPage: true });
    // Server-drawn icons are CSS masks (app/icons.css): each nav icon is drawn, sized and in its link's colour.
    const icons = await page.getByRole("navigation").locator(".icon").evaluateAll((els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return { mask: s.maskImage.startsWith('url("data:image/svg+xml,'), size: `${s.width}×${s.height}`, inLinkColour: s.backgroundColor === getComputedStyle(e.parentElement!).color };
      }),
    );
    expect(icons.length).toBeGreaterThanOrEqual(9);
    for (const icon of icons) expect(icon).toEqual({ mask: true, size: "16px×16px", inLinkColour: true });
    await expectAccessible(page);
    await page.goto(`/tenants/${id}`);
    await expect(page.getByTestId("tokens-table")).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/tenant-${locale}-${theme}.png`, fullPage: true });
    await expectAccessible(page);
  }
});

test("the overview prefetches nothing: no link renders a dynamic route in the background; a click navigates in the page", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByTestId("overview-row").first()).toBeVisible();
  // Next prefetches links as they enter the viewport, shortly after hydration: give it the time.
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(3000);
  expect(prefetches).toEqual([]);
  // The rows are plain links (components/ui/link.tsx) the frame navigates in the page (components/shell/navigation-scope.tsx):
  // the document is not reloaded (the marker survives). Which clicks it takes: lib/ui/navigation-click.test.ts.
  await page.evaluate(() => Object.assign(window, { __ehSamePage: true }));
  await page.getByTestId("overview-row").filter({ hasText: "Globex" }).locator("th a").click();
  await expect(page).toHaveURL(/\/tenants\//);
  await expect(page.getByTestId("tokens-table")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __ehSamePage?: boolean }).__ehSamePage)).toBe(true);
});

test("an address with a NUL character (%00) is refused as bad input, never a server error", async ({ page }) => {
  // proxy.ts refuses it before any page or route reads it (lib/security/nul-url.ts): PostgreSQL text cannot hold U+0000.
  for (const url of ["/audit?action=%00", "/devices?q=a%00b", "/tenants/%00", "/calendar?tenant=%00"]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(400);
    expect(await res.text(), url).toContain("NUL character");
  }
  const api = await page.request.get("/api/audit/export?action=%00");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe("validation");
});
