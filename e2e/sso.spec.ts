// Single sign-on against a real (local) OpenID Connect provider: a new person arrives as a viewer
// without tenants, the sign-in is audited, and a disabled account is refused.
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/state";
import { uniqueEmail } from "./support/users";

test.use({ storageState: { cookies: [], origins: [] } });

async function ssoSignIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a new person signs in with SSO and arrives as a viewer without tenants", async ({ page }) => {
  const email = uniqueEmail("sso.newcomer");
  await ssoSignIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByText("Viewer", { exact: true })).toBeVisible();
  await expect(page.getByText("No tenants yet.")).toBeVisible();
  const [user] = await sql<{ id: string; role: string }>(`SELECT id, role::text AS role FROM "user" WHERE email = $1`, [email]);
  expect(user?.role).toBe("VIEWER");
  const events = await sql<{ action: string; summary: { method?: string } }>(`SELECT action, summary FROM audit_event WHERE target_id = $1 ORDER BY id`, [user!.id]);
  expect(events.map((e) => e.action)).toEqual(["user.create", "auth.sign-in"]);
  expect(events[1]!.summary.method).toBe("sso:oidc");
});

test("a disabled account cannot sign in with SSO", async ({ page }) => {
  const email = uniqueEmail("sso.leaver");
  await ssoSignIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await sql(`UPDATE "user" SET disabled_at = now() WHERE email = $1`, [email]);

  await ssoSignIn(page, email);
  await expect(page).toHaveURL(/\/sign-in\?error=/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your account cannot sign in here. Ask an admin.");
  const [last] = await sql<{ outcome: string; summary: { reason?: string } }>(`SELECT a.outcome, a.summary FROM audit_event a JOIN "user" u ON u.id = a.target_id WHERE u.email = $1 ORDER BY a.id DESC LIMIT 1`, [email]);
  expect(last).toMatchObject({ outcome: "failure", summary: { reason: "disabled" } });
});
