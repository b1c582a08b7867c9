// The public what-if API over HTTP, against the production server: contract, and bad input → 400.
import { expect, test } from "@playwright/test";

const device = { os: "windows", clientVersion: "R124", installMode: "upn", multiUser: true, npaPrelogon: false, protectClientConfig: false };

test.describe("POST /api/v1/what-if/enrollment", () => {
  const cases = [
    [{ state: "enforced", encryptionTokenEnforced: false }, "none", "refused"],
    [{ state: "enforced", encryptionTokenEnforced: false }, "correct", "enrolls"],
    [{ state: "disabled", encryptionTokenEnforced: false }, "wrong", "enrolls"],
  ] as const;
  for (const [tenant, authToken, outcome] of cases)
    test(`${tenant.state} presenting ${authToken} → ${outcome}`, async ({ request }) => {
    const res = await request.post("/api/v1/what-if/enrollment", { data: { tenant, device, presents: { authToken, encryptionToken: "none" } } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.outcome).toBe(outcome);
    expect(Array.isArray(body.reasons)).toBe(true);
  });

  test("an R120 client fails while Not Enforced, R120.1 enrolls", async ({ request }) => {
    const ask = (clientVersion: string) =>
      request.post("/api/v1/what-if/enrollment", {
        data: { tenant: { state: "not-enforced", encryptionTokenEnforced: false }, device: { ...device, clientVersion }, presents: { authToken: "correct", encryptionToken: "none" } },
      });
    expect((await (await ask("R120")).json()).outcome).toBe("refused");
    expect((await (await ask("R120.1")).json()).outcome).toBe("enrolls");
  });

  test("malformed bodies get 400 with field errors, never 500", async ({ request }) => {
    const bad = await request.post("/api/v1/what-if/enrollment", { data: { tenant: { state: "sideways" }, device: { ...device, extra: 1 } } });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe("validation");
    expect(Object.keys(body.fieldErrors)).toEqual(expect.arrayContaining(["tenant.state", "device.extra", "presents"]));
    const notJson = await request.post("/api/v1/what-if/enrollment", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("invalid_json");
    const wrongType = await request.post("/api/v1/what-if/enrollment", { headers: { "content-type": "text/plain" }, data: "hello" });
    expect(wrongType.status()).toBe(415);
  });
});

test("POST /api/v1/what-if/readiness lists every remediation", async ({ request }) => {
  const res = await request.post("/api/v1/what-if/readiness", { data: { device, change: "rotate-single-token", hasCurrentToken: false } });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.refused).toBe(true);
  expect(body.remediations).toEqual(expect.arrayContaining(["nsdiag", "msi-rerun"]));
  const bad = await request.post("/api/v1/what-if/readiness", { data: { device, change: "explode" } });
  expect(bad.status()).toBe(400);
});

test("POST /api/v1/install-command/lint flags the GTS typo and masks tokens", async ({ request }) => {
  const command =
    "msiexec /I NSClient.msi host=addon-acme.eu.goskope.com token=ORGKEY123456 mode=peruserconfig enrollauthtoken=abc123dummy123abc123dummy enrollencryptiontoken==def456dummy456def456dummy /qn";
  const res = await request.post("/api/v1/install-command/lint", { data: { command, tenant: { addonHost: "addon-acme.eu.goskope.com" } } });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(JSON.stringify(body)).not.toContain("abc123dummy123abc123dummy");
  expect(body.problems.map((p: { code: string }) => p.code)).toContain("double-equals");
  const bad = await request.post("/api/v1/install-command/lint", { data: { command: 42 } });
  expect(bad.status()).toBe(400);
});
