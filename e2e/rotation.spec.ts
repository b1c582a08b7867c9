// A single-token rotation of the demo tenant Acme, walked through the pages as an operator would:
// preflight and recommendation, start (admin override), the live run with the nsdiag push polled
// on the simulator, resuming by reopening the URL, Enforce with a reason, completion, and the
// evidence pack (printable page and JSON export). Accessible, and screenshotted in English and Japanese.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/state";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SIM = `http://127.0.0.1:${PORT + 10}`;
const REASON = "Known refused devices are being reinstalled this week (ticket SEC-1234)";

async function multiUserGroup(page: Page): Promise<string> {
  const state = (await (await page.request.get(`${SIM}/__admin/state`)).json()) as { intune: { name: string; groups: { id: string; displayName: string }[] }[] };
  const acme = state.intune.find((t) => t.name.startsWith("acme "));
  const group = acme?.groups.find((g) => /multi-user/.test(g.displayName));
  if (!group) throw new Error("no multi-user group for acme in the simulator");
  return group.id;
}

test.describe.configure({ mode: "serial" });

test("a single-token rotation of Acme, from preflight to the evidence pack, resumable by its URL", async ({ page }) => {
  test.setTimeout(240_000);
  const [acme] = await sql<{ id: string }>("SELECT id FROM tenant WHERE slug = 'acme'");
  await page.goto(`/rotations/new?tenant=${acme!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: /Start a run on Acme/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Recommended: Rotate \(single token\)/ })).toBeVisible();
  await expect(page.getByText(/client R120 or earlier/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Dry run/ })).toBeVisible();
  await expect(page.getByText("••••••").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/rotation-new-en.png", fullPage: true });

  await page.getByLabel(/Override reason/).fill(REASON);
  await page.getByLabel(/Entra group/).fill(await multiUserGroup(page));
  await page.getByRole("button", { name: "Start the run" }).click();
  await expect(page).toHaveURL(/\/rotations\/[a-z0-9]+$/);
  const runUrl = page.url();

  // The API steps run by themselves; the nsdiag push waits for devices (simulated time moves on).
  const waiting = page.getByTestId("waiting");
  await expect(waiting).toContainText(/Waiting for devices to run nsdiag -e/, { timeout: 60_000 });
  await page.screenshot({ path: "e2e/screenshots/rotation-nsdiag-en.png", fullPage: true });
  await expectAccessible(page);

  // Resuming is opening the URL: the page shows the same step, still being polled.
  await page.goto(runUrl);
  await expect(page.getByRole("listitem").filter({ hasText: "Push nsdiag -e to multi-user devices" })).toContainText("In progress");
  await page.request.post(`${SIM}/__admin/clock`, { data: { advanceMs: 2 * 3_600_000 } });
  const accept = page.getByRole("button", { name: "Continue with these devices" });
  const ready = page.getByText("Ready to enforce. Confirm to switch enforcement on.");
  await expect(accept.or(ready)).toBeVisible({ timeout: 30_000 });
  if (await accept.isVisible()) await accept.click();
  await expect(ready).toBeVisible({ timeout: 30_000 });

  await page.goto(runUrl);
  await expect(ready).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/rotation-enforce-en.png", fullPage: true });
  await page.getByLabel(/Reason to enforce anyway/).fill(REASON);
  await page.getByRole("button", { name: "Enforce now" }).click();
  await expect(page.getByText("Completed ·")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("listitem").filter({ hasText: "Verify on the test device" })).toContainText("Done");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/rotation-done-en.png", fullPage: true });

  await page.getByRole("link", { name: "Evidence pack" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Evidence pack/ })).toBeVisible();
  await expect(page.getByText("verify-enrolled").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/rotation-evidence-en.png", fullPage: true });
  const runId = runUrl.split("/").at(-1)!;
  const exported = await page.request.get(`/api/rotations/${runId}/evidence`);
  expect(exported.status()).toBe(200);
  const pack = await exported.json();
  expect(pack.run.status).toBe("COMPLETED");
  expect(pack.vendorCalls.length).toBeGreaterThan(3);
  const [token] = await sql<{ stage: string }>("SELECT stage FROM token WHERE tenant_id = $1 AND kind = 'AUTH' AND source = 'ROTATION'", [acme!.id]);
  expect(token?.stage).toBe("CURRENT");

  // Japanese.
  await page.goto(runUrl);
  await page.getByLabel("Language").selectOption("ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByText("完了 ·")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/rotation-done-ja.png", fullPage: true });
  await page.goto(`${runUrl}/evidence`);
  await expect(page.getByRole("heading", { level: 1, name: /証跡パック/ })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/rotation-evidence-ja.png", fullPage: true });
  await page.goto(`/rotations/new?tenant=${acme!.id}`);
  await page.screenshot({ path: "e2e/screenshots/rotation-new-ja.png", fullPage: true });
  // The choice is saved on the account too: put it back for the other specs.
  await page.getByLabel("言語").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
