// Notifications as an admin uses them: add a JSON webhook channel pointing at a receiver this spec
// starts, send a test and see it in the delivery log; scan, see the demo's alerts (acme's token
// expires in 9 days) delivered by the background worker, and acknowledge one on /alerts.
import { expect, test } from "@playwright/test";
import { startWebhookReceiver, type WebhookReceiver } from "../lib/testing/webhook-receiver";
import { expectAccessible } from "./support/axe";

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver?.close();
});

// Two pages, each checked with axe in two languages (and dark), plus a background delivery: more than the default minute on a busy machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test("a webhook channel: add it, send a test, see it in the delivery log", async ({ page }) => {
  const name = `ticketing-${Date.now().toString(36)}`;
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications" })).toHaveAttribute("aria-current", "page");

  await page.getByLabel("Kind", { exact: true }).selectOption("WEBHOOK");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Webhook URL").fill(`${receiver.url}/hooks/e2e-secret-path-4Xq9`);
  await page.getByLabel("Tenant", { exact: true }).selectOption({ label: "All tenants" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Channel saved.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("JSON webhook");
  await expect(row).toContainText("127.0.0.1");
  // The destination is write-only: the page shows a hint, never the URL's path.
  expect(await page.content()).not.toContain("e2e-secret-path");

  await page.getByRole("button", { name: `Send a test: ${name}` }).click();
  await expect(page.getByText(`Test sent to “${name}”.`)).toBeVisible();
  expect(receiver.on("/hooks/").map((r) => (r.body as { event: string; schema: string }).event)).toEqual(["test"]);
  expect(receiver.on("/hooks/")[0]!.body).toMatchObject({ schema: "enrollment-health.notification/v1" });
  const log = page.getByRole("region", { name: "Delivery log" }).or(page.locator("section[aria-labelledby=delivery-log]"));
  const logRow = log.getByRole("row").filter({ hasText: name }).first();
  await expect(logRow).toContainText("Test");
  await expect(logRow).toContainText("Sent");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/notifications-settings-en.png", fullPage: true });

  // The scan raises the demo's alerts; the background worker delivers them to the every-tenant channel.
  await page.getByRole("button", { name: "Scan now" }).click();
  await expect(page.getByText(/Scan done: \d+ raised/)).toBeVisible();
  await expect.poll(() => receiver.on("/hooks/").filter((r) => (r.body as { event: string }).event === "alert.raised").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const raised = receiver.on("/hooks/").map((r) => r.body as { event: string; tenant: { name: string } | null; token: { fingerprint: string } | null });
  expect(raised.filter((b) => b.event === "alert.raised").map((b) => b.tenant?.name)).toContain("Acme Corporation");
  for (const b of raised.filter((x) => x.token)) expect(b.token!.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  // The receiver sees the request a moment before the worker records it as sent.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: "Acme Corporation" }).first()).toContainText("Sent", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await page.getByRole("banner").getByRole("combobox").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/notifications-settings-ja.png", fullPage: true });
  await page.getByRole("banner").getByRole("combobox").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});

test("alerts: acknowledge one, snooze another; accessible in English, Japanese and dark", async ({ page }) => {
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  const acme = page.getByRole("row").filter({ hasText: "Acme Corporation" });
  await expect(acme).toHaveCount(1);
  await expect(acme).toContainText("Warning");
  await expect(acme).toContainText("(Europe/Berlin)");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/alerts-en.png", fullPage: true });

  await page.getByRole("button", { name: "Acknowledge: Acme Corporation, Authentication token" }).click();
  await expect(acme).toContainText("Acknowledged by");
  await expect(page.getByRole("button", { name: "Acknowledge: Acme Corporation, Authentication token" })).toHaveCount(0);

  const initech = page.getByRole("row").filter({ hasText: "Initech" }).first();
  await initech.getByRole("combobox", { name: "Snooze for" }).selectOption("3");
  await initech.getByRole("button", { name: "Snooze" }).click();
  await expect(initech).toContainText("Snoozed until");

  await page.getByRole("banner").getByRole("combobox").selectOption("ja");
  await expect(page.getByRole("heading", { level: 1, name: "アラート" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/alerts-ja.png", fullPage: true });
  await page.getByRole("radio", { name: "ダーク" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectAccessible(page);
  await page.screenshot({ path: "e2e/screenshots/alerts-ja-dark.png", fullPage: true });
  await page.getByRole("radio", { name: "ライト" }).click();
  await page.getByRole("banner").getByRole("combobox").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
});
