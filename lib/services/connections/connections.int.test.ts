// Connection settings end to end on a real PostgreSQL and the real vendor simulator: secrets are
// encrypted at rest and never come back; "Test connection" passes against the simulator, names a
// refused credential as an authentication failure, a missing permission as forbidden, and an
// injected fault as what it is; results are kept only for what is stored; deletes refuse in-use rows.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ConnectionReportDto } from "@/lib/connections/report";
import type { ServiceContext } from "@/lib/server/context";
import { systemContext } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { createPerson, createTenant } from "@/lib/testing/people";
import type { RunningSimulator } from "@/simulators";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { deleteMdmConnection } from "./delete-mdm";
import { MdmConnectionInput, TenantApiInput } from "./inputs";
import { getMdmConnectionOrThrow, getTenantConnectionOrThrow, listMdmConnections, listTenantConnections } from "./list";
import { saveMdmConnection } from "./save-mdm";
import { saveTenantApi } from "./save-tenant-api";
import { testMdmConnection } from "./test-mdm";
import { testTenantApi } from "./test-tenant-api";

let sim: RunningSimulator;
let admin: ServiceContext;
let operator: ServiceContext;
beforeAll(async () => {
  sim = await startTestSimulator();
  const caFile = path.join(mkdtempSync(path.join(os.tmpdir(), "eh-ca-")), "ca.pem");
  writeFileSync(caFile, sim.caCertificate);
  // env() is read once per process: this file runs alone in its worker, before anything reads it.
  process.env.VENDOR_CA_FILE = caFile;
  const a = await createPerson("ADMIN");
  admin = { ...systemContext(), actor: { type: "user", id: a.id, label: a.email, role: "ADMIN" } };
  const o = await createPerson("OPERATOR");
  operator = { ...systemContext(), actor: { type: "user", id: o.id, label: o.email, role: "OPERATOR" } };
});
afterEach(async () => {
  await fetch(`${sim.url}/__admin/faults`, { method: "DELETE" });
});
afterAll(async () => {
  await sim.close();
});

const uid = () => Math.random().toString(36).slice(2, 8);
const check = (report: ConnectionReportDto, id: string) => report.checks.find((c) => c.id === id);
const addFault = async (rule: Record<string, unknown>) => {
  const res = await fetch(`${sim.url}/__admin/faults`, { method: "POST", body: JSON.stringify(rule) });
  expect(res.status).toBe(201);
};
const auditOf = (targetId: string) => db().auditEvent.findMany({ where: { targetId }, orderBy: { id: "asc" } });
const tenantInput = (tenantId: string, apiToken?: string) => TenantApiInput.parse({ tenantId, apiBaseUrl: sim.netskopeBaseUrl(TEST.acme.slug), apiToken });
const jamfInput = (fields: Partial<{ id: string; name: string; clientId: string; clientSecret: string; baseUrl: string }> = {}) =>
  MdmConnectionInput.parse({ kind: "JAMF", name: `Jamf ${uid()}`, baseUrl: sim.jamfBaseUrl(TEST.jamf.instance), clientId: TEST.jamf.clientId, clientSecret: TEST.jamf.clientSecret, ...fields });

describe("Netskope API settings", () => {
  it("stores the token encrypted, shows only a fingerprint hint, and audits without the token", async () => {
    const tenant = await createTenant("Acme");
    const saved = await saveTenantApi({ ctx: admin, input: tenantInput(tenant.id, TEST.acme.rwToken) });
    expect(saved.tokenHint).toMatch(/^[0-9a-f]{8}$/);
    const row = await db().tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(row.encryptedApiToken).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(TEST.acme.rwToken);
    const view = await getTenantConnectionOrThrow({ ctx: admin, tenantId: tenant.id });
    expect(view.tokenHint).toBe(saved.tokenHint);
    expect(JSON.stringify(await listTenantConnections({ ctx: admin }))).not.toContain(TEST.acme.rwToken);
    const [event] = await auditOf(tenant.id);
    expect(event).toMatchObject({ action: "tenant.api-settings.update", outcome: "success" });
    expect(JSON.stringify(event?.summary)).not.toContain(TEST.acme.rwToken);
  });

  it("passes against the simulator, reports each check and the observed rate limit, and keeps the result", async () => {
    const tenant = await createTenant("Acme");
    await saveTenantApi({ ctx: admin, input: tenantInput(tenant.id, TEST.acme.rwToken) });
    const { report, stored } = await testTenantApi({ ctx: admin, input: { tenantId: tenant.id } });
    expect(stored).toBe(true);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      "auth:ok",
      "enrollment.tokenset.rw:ok",
      "events.clientstatus.read:ok",
      "events.dataexport.read:ok",
      "deviceclassification.read:ok",
      "devices.tags.write:skipped",
      "rate-limit:ok",
    ]);
    expect(check(report, "rate-limit")?.detail).toMatch(/RateLimit-Limit \d+/);
    const view = await getTenantConnectionOrThrow({ ctx: admin, tenantId: tenant.id });
    expect(view.lastTestedAt).not.toBeNull();
    expect(view.lastTest?.ok).toBe(true);
    const events = await auditOf(tenant.id);
    expect(events.at(-1)).toMatchObject({ action: "tenant.api-connection.test", outcome: "success" });
  });

  it("tests typed values without saving them: a wrong token is an authentication failure, a read-only one lacks the write scope", async () => {
    const tenant = await createTenant("Acme");
    await saveTenantApi({ ctx: admin, input: tenantInput(tenant.id, TEST.acme.rwToken) });
    const wrong = await testTenantApi({ ctx: admin, input: tenantInput(tenant.id, "not-the-token-at-all") });
    expect(wrong.stored).toBe(false);
    expect(wrong.report.ok).toBe(false);
    expect(check(wrong.report, "auth")).toMatchObject({ status: "failed", code: "unauthorized", httpStatus: 401 });
    const readOnly = await testTenantApi({ ctx: admin, input: tenantInput(tenant.id, TEST.acme.readOnlyToken) });
    expect(check(readOnly.report, "auth")?.status).toBe("ok");
    expect(check(readOnly.report, "enrollment.tokenset.rw")).toMatchObject({ status: "failed", code: "forbidden", httpStatus: 403 });
    expect(check(readOnly.report, "events.clientstatus.read")?.status).toBe("ok");
    // Neither result is kept: they describe tokens that are not stored.
    expect((await getTenantConnectionOrThrow({ ctx: admin, tenantId: tenant.id })).lastTest).toBeNull();
    const events = await auditOf(tenant.id);
    expect(events.at(-1)).toMatchObject({ action: "tenant.api-connection.test", outcome: "failure" });
    expect(JSON.stringify(events.map((e) => e.summary))).not.toContain(TEST.acme.readOnlyToken);
  });

  it("reports a simulator fault on one endpoint as that endpoint's failure, and an outage as authentication not verified", async () => {
    const tenant = await createTenant("Acme");
    await saveTenantApi({ ctx: admin, input: tenantInput(tenant.id, TEST.acme.rwToken) });
    await addFault({ path: `/netskope/${TEST.acme.slug}/api/v2/events/datasearch/clientstatus*`, kind: "status", status: 503 });
    const degraded = (await testTenantApi({ ctx: admin, input: { tenantId: tenant.id } })).report;
    expect(degraded.ok).toBe(false);
    expect(check(degraded, "auth")?.status).toBe("ok");
    expect(check(degraded, "events.clientstatus.read")).toMatchObject({ status: "failed", code: "upstream", httpStatus: 503 });
    expect(check(degraded, "deviceclassification.read")?.status).toBe("ok");

    await addFault({ path: `/netskope/${TEST.acme.slug}/api/v2/enrollment/tokenset*`, kind: "rate-limit", retryAfterSec: 120 });
    const limited = (await testTenantApi({ ctx: admin, input: { tenantId: tenant.id } })).report;
    expect(check(limited, "auth")?.status).toBe("skipped");
    expect(check(limited, "enrollment.tokenset.rw")).toMatchObject({ status: "failed", code: "rate_limited", httpStatus: 429 });
  });

  it("asks for a token before testing a tenant that has none, and is for admins only", async () => {
    const tenant = await createTenant("Bare");
    await expect(testTenantApi({ ctx: admin, input: { tenantId: tenant.id } })).rejects.toMatchObject({ fieldErrors: { apiToken: ["token_required"] } });
    await expect(saveTenantApi({ ctx: operator, input: tenantInput(tenant.id, TEST.acme.rwToken) })).rejects.toMatchObject({ status: 403 });
    await expect(listMdmConnections({ ctx: operator })).rejects.toMatchObject({ status: 403 });
  });
});

describe("MDM connections", () => {
  it("adds a Jamf connection with the secret encrypted at rest, tests it against the simulator and keeps the result", async () => {
    const { id, secretHint } = await saveMdmConnection({ ctx: admin, input: jamfInput() });
    const row = await db().mdmConnection.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(TEST.jamf.clientSecret);
    const view = await getMdmConnectionOrThrow({ ctx: admin, id });
    expect(view.secretHint).toBe(secretHint);
    expect(JSON.stringify(view)).not.toContain(TEST.jamf.clientSecret);

    const { report, stored } = await testMdmConnection({ ctx: admin, input: { id } });
    expect(stored).toBe(true);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(["auth:ok", "scripts.read:ok", "policies.read:ok", "computers.read:ok", "policies.write:skipped", "scripts.write:skipped", "rate-limit:ok"]);
    expect((await getMdmConnectionOrThrow({ ctx: admin, id })).lastTest?.ok).toBe(true);
    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["mdm-connection.create", "mdm-connection.test"]);
    expect(JSON.stringify(events.map((e) => e.summary))).not.toContain(TEST.jamf.clientSecret);
  });

  it("reports a wrong secret as authentication failed, a narrow API client's missing privilege as forbidden, and a fault on the token endpoint", async () => {
    const { id } = await saveMdmConnection({ ctx: admin, input: jamfInput() });
    const wrong = await testMdmConnection({ ctx: admin, input: jamfInput({ id, clientSecret: "wrong-secret-value" }) });
    expect(wrong.stored).toBe(false);
    expect(wrong.report.checks).toHaveLength(1);
    expect(check(wrong.report, "auth")).toMatchObject({ status: "failed", code: "unauthorized" });

    const narrow = await testMdmConnection({ ctx: admin, input: jamfInput({ clientId: TEST.jamf.readOnlyClientId, clientSecret: TEST.jamf.readOnlyClientSecret }) });
    expect(check(narrow.report, "auth")?.status).toBe("ok");
    expect(check(narrow.report, "scripts.read")?.status).toBe("ok");
    expect(check(narrow.report, "policies.read")).toMatchObject({ status: "failed", code: "forbidden" });

    await addFault({ path: `/jamf/${TEST.jamf.instance}/api/oauth/token`, kind: "status", status: 500 });
    const down = await testMdmConnection({ ctx: admin, input: { id } });
    expect(check(down.report, "auth")).toMatchObject({ status: "failed", code: "upstream", httpStatus: 500 });
    expect(down.stored).toBe(true);
    expect((await getMdmConnectionOrThrow({ ctx: admin, id })).lastTest?.ok).toBe(false);
  });

  it("adds an Intune connection that trusts the simulator's CA; a wrong secret fails authentication; a missing permission is named", async () => {
    const input = MdmConnectionInput.parse({ kind: "INTUNE", name: `Entra ${uid()}`, baseUrl: sim.graphBaseUrl, authorityUrl: sim.httpsUrl, directoryId: TEST.intune.tenantId, clientId: TEST.intune.clientId, clientSecret: TEST.intune.clientSecret });
    const { id } = await saveMdmConnection({ ctx: admin, input });
    const ok = await testMdmConnection({ ctx: admin, input: { id } });
    expect(ok.report.ok).toBe(true);
    expect(ok.report.checks.filter((c) => c.status !== "ok")).toEqual([]);
    expect(check(ok.report, "apps.write")?.detail).toMatch(/DeviceManagementApps.ReadWrite.All granted/);

    const wrong = await testMdmConnection({ ctx: admin, input: { ...input, id, clientSecret: "wrong-intune-secret" } });
    expect(check(wrong.report, "auth")).toMatchObject({ status: "failed", code: "unauthorized" });

    const narrow = await testMdmConnection({ ctx: admin, input: { ...input, clientId: TEST.intune.readOnlyClientId, clientSecret: TEST.intune.readOnlyClientSecret } });
    expect(check(narrow.report, "apps.write")).toMatchObject({ status: "failed", code: "forbidden" });
    expect(check(narrow.report, "scripts.write")).toMatchObject({ status: "failed", code: "forbidden" });
  });

  it("keeps the stored secret when the field is left empty, and clears the last result when the settings change", async () => {
    const { id, secretHint } = await saveMdmConnection({ ctx: admin, input: jamfInput() });
    await testMdmConnection({ ctx: admin, input: { id } });
    const renamed = jamfInput({ id, name: `Renamed ${uid()}`, clientSecret: "" });
    expect(renamed.clientSecret).toBeUndefined();
    expect((await saveMdmConnection({ ctx: admin, input: renamed })).secretHint).toBe(secretHint);
    expect((await getMdmConnectionOrThrow({ ctx: admin, id })).lastTest?.ok).toBe(true);
    expect((await testMdmConnection({ ctx: admin, input: { id } })).report.ok).toBe(true);

    await saveMdmConnection({ ctx: admin, input: { ...renamed, baseUrl: sim.jamfBaseUrl("elsewhere") } });
    expect((await getMdmConnectionOrThrow({ ctx: admin, id })).lastTest).toBeNull();
    const updates = (await auditOf(id)).filter((e) => e.action === "mdm-connection.update").map((e) => e.summary);
    expect(updates).toMatchObject([
      { rotated: false, settingsChanged: false },
      { rotated: false, settingsChanged: true },
    ]);
  });

  it("refuses a duplicate name, and refuses to delete a connection MDM targets still use", async () => {
    const first = jamfInput();
    const { id } = await saveMdmConnection({ ctx: admin, input: first });
    await expect(saveMdmConnection({ ctx: admin, input: jamfInput({ name: first.name }) })).rejects.toMatchObject({ fieldErrors: { name: ["name_taken"] } });
    const tenant = await createTenant("Globex");
    const target = await db().mdmTarget.create({ data: { tenantId: tenant.id, connectionId: id, kind: "JAMF_POLICY", externalId: "10", name: "Netskope Client install", platform: "macos" } });
    await expect(deleteMdmConnection({ ctx: admin, input: { id } })).rejects.toMatchObject({ reason: "connection_in_use" });
    await db().mdmTarget.delete({ where: { id: target.id } });
    await deleteMdmConnection({ ctx: admin, input: { id } });
    expect(await db().mdmConnection.findUnique({ where: { id } })).toBeNull();
  });
});
