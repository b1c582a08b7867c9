// The what-if and install-command pages in a browser (signed in through the suite's setup project):
// the answer follows the controls, in English and in Japanese, and the pages pass axe.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const TOKEN = "AbCdEfGhIjKlMnOpQrSt7Qx2";

test.describe("What-if page", () => {
  test("explains the outcome as the controls change, in English and Japanese", async ({ page }) => {
    await page.goto("/what-if");
    await expect(page.getByRole("heading", { level: 1, name: "What if" })).toBeVisible();
    const enrollment = page.getByTestId("enrollment-result");
    const readiness = page.getByTestId("readiness-result");
    await expect(enrollment).toContainText("Enrolls");
    await expect(enrollment).toContainText("The client presents the current authentication token.");
    await expectAccessible(page);

    // An unreadable version is unknown, never "new enough", and the page says so as it is typed.
    const version = page.getByLabel("Client version");
    await version.fill("latest");
    await expect(page.getByText(/^Unknown version/)).toBeVisible();
    await expect(enrollment).toContainText("Cannot be decided");
    await version.fill("R124");
    await expect(page.getByText("Read as R124 (124.0).")).toBeVisible();

    // No token while Enforced: refused; a device without the token needs it pushed before enforcing.
    await page.getByRole("group", { name: "Authentication token" }).getByLabel("No token").check();
    await page.getByLabel("The device already holds the current token").uncheck();
    await expect(enrollment).toContainText("Refused: access denied");
    await expect(enrollment).toContainText("The token is Enforced and the client presents no authentication token: access denied.");
    await expect(readiness).toContainText("Its next enrollment is refused");
    await expect(readiness.getByRole("listitem").filter({ hasText: "Push nsdiag -e" })).toBeVisible();

    // R120 and earlier fail while Not Enforced (fixed in R120.1).
    await version.fill("R120");
    await page.getByRole("group", { name: "Secure Enrollment" }).getByLabel("Not Enforced").check();
    await expect(enrollment).toContainText("Clients R120 and earlier fail to enroll while a token exists and is Not Enforced");

    // Japanese: the controls are set again, so the check does not depend on whether the switch reloads.
    await page.getByLabel("Language").selectOption("ja");
    await expect(page.getByRole("heading", { level: 1, name: "What-if シミュレーション" })).toBeVisible();
    await page.getByLabel("クライアントバージョン").fill("R120");
    await expect(page.getByText("R120(120.0)として解釈しました。")).toBeVisible();
    await page.getByRole("group", { name: "Secure Enrollment" }).getByLabel("Not Enforced(非強制)").check();
    await expect(enrollment).toContainText("拒否(アクセス拒否)");
    await expect(enrollment).toContainText("R120 以前のクライアントは、トークンが作成済みで Not Enforced の間はエンロールに失敗します");
    await page.getByRole("group", { name: "Secure Enrollment" }).getByLabel("無効").check();
    await expect(enrollment).toContainText("エンロール成功");
    await expect(enrollment).toContainText("Secure Enrollment が無効のため");
    await expectAccessible(page);
    // Back to English for the tests that follow (the choice is remembered).
    await page.getByLabel("言語").selectOption("en");
  });
});

test.describe("Install-command page", () => {
  test("checks a pasted command and builds one, tokens masked unless shown", async ({ page }) => {
    await page.goto("/install-command");
    await expect(page.getByRole("heading", { level: 1, name: "Install command" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Command", { exact: true }).fill(`msiexec /i NSClient.msi host=addon-acme.eu.goskope.com token=OrgKeyOrgKeyOrg1 enrollauthtoken==${TOKEN}`);
    await page.getByLabel("Tenant addon host (optional)").fill("addon-other.eu.goskope.com");
    await expect(page.getByRole("heading", { name: /^Error \(\d+\)$/ })).toBeVisible();
    await expect(page.getByText("`enrollauthtoken==` has two \"=\"")).toBeVisible();
    await expect(page.getByText("The host is not this tenant's addon host.")).toBeVisible();
    // What the page says about the command shows the token masked (the textarea is the user's own input).
    const analysis = page.getByTestId("command-analysis");
    await expect(analysis).toContainText("••••••");
    await expect(analysis).not.toContainText(TOKEN);

    await page.getByLabel("Addon host", { exact: true }).fill("addon-acme.eu.goskope.com");
    await page.getByLabel("Org key", { exact: true }).fill("OrgKeyOrgKeyOrg1");
    await page.getByLabel("Authentication token", { exact: true }).fill(TOKEN);
    const command = page.getByTestId("built-command");
    await expect(command).toContainText("enrollauthtoken=••••••7Qx2");
    await page.getByLabel("Show values").check();
    await expect(command).toContainText(`enrollauthtoken=${TOKEN}`);
    await page.getByRole("group", { name: "Operating system" }).getByLabel("macOS").check();
    await expect(page.getByTestId("jamf-parameters")).toContainText(`enrollauthtoken=${TOKEN}`);
    await expectAccessible(page);

    await page.getByLabel("Language").selectOption("ja");
    await expect(page.getByRole("heading", { level: 1, name: "インストールコマンド" })).toBeVisible();
    await page.getByLabel("コマンド", { exact: true }).fill("msiexec /i NSClient.msi host=addon-acme.eu.goskope.com");
    await expect(page.getByRole("heading", { name: /^エラー\(\d+ 件\)$/ })).toBeVisible();
    await expectAccessible(page);
    // Back to English for the tests that follow (the choice is remembered).
    await page.getByLabel("言語").selectOption("en");
  });
});
