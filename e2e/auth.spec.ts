// Signing in and out in the browser, the sign-in page in both languages, the web security headers
// (CSP with nonces, no framing, HSTS) with no CSP violation on the way, and no secrets in bundles.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { OIDC_CLIENT_SECRET } from "./support/oidc-config";
import { e2eState } from "./support/state";
import { createUserViaUi, signInAs, uniqueEmail } from "./support/users";

test.use({ storageState: { cookies: [], origins: [] } });

test("an anonymous visitor signs in, comes back to the page asked for, and signs out", async ({ page, browser }) => {
  const email = uniqueEmail("auditor");
  const password = await createUserViaUi(browser, { name: "Audit Reader", email, role: "Admin" });

  await page.goto("/audit?action=auth.sign-in");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit%3Faction%3Dauth\.sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right.");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/audit\?action=auth\.sign-in$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Audit Reader");
  // The failed and the successful attempt are both in the log.
  await expect(page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Failure" }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Success" }).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.context().cookies()).some((c) => c.name.endsWith("session_token"))).toBe(false);
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit$/);
});

test("the sign-in page speaks Japanese", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "eh-locale", value: "ja", url: baseURL! }]);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "サインイン" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Test IdP でサインイン" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/sign-in-ja.png", fullPage: true });
});

test("pages carry a nonce-based CSP, refuse framing, pin HTTPS, and nothing violates the CSP", async ({ page, browser }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/sign-in");
  const csp = res!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(res!.headers()["x-frame-options"]).toBe("DENY");
  expect(res!.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  // A second request gets a different nonce.
  expect((await page.request.get("/sign-in")).headers()["content-security-policy"]).not.toContain(nonce!);

  const email = uniqueEmail("csp");
  await signInAs(page, email, await createUserViaUi(browser, { name: "Csp Check", email, role: "Viewer" }));
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.getByRole("link", { name: "Tenants" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tenants" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("first-run setup is closed once anyone has an account", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an error page leaks nothing", async ({ request }) => {
  const res = await request.get("/api/v1/tenants/anything");
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({ error: { code: "unauthorized", message: "Sign in first" } });
});

test("no secret or server code reaches the browser's JavaScript", async () => {
  const dir = path.join(process.cwd(), ".next", "static");
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const { databaseUrl } = e2eState();
  // Values, not names: a library may mention the name of an environment variable it reads.
  const forbidden = [OIDC_CLIENT_SECRET, databaseUrl, "postgresql://", "pg_advisory_xact_lock", "@prisma/"];
  for (const f of files) {
    const text = await readFile(path.join(dir, f), "utf8");
    for (const needle of forbidden) expect(text.includes(needle), `${needle} in ${f}`).toBe(false);
  }
});
