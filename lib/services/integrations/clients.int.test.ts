// The client factory against a real database and the real simulator: stored (encrypted) credentials
// become working clients; a missing token is a clear "not configured"; Intune trusts the simulator's
// CA only through VENDOR_CA_FILE.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encrypt } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { NotConfiguredError } from "@/lib/server/errors";
import { createTenant } from "@/lib/testing/people";
import type { RunningSimulator } from "@/simulators";
import { startTestSimulator, TEST } from "@/simulators/testing";
import { intuneClientForConnection, jamfClientForConnection, netskopeClientForTenant } from "./clients";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  const caFile = path.join(mkdtempSync(path.join(os.tmpdir(), "eh-ca-")), "ca.pem");
  writeFileSync(caFile, sim.caCertificate);
  // env() is read once per process: this file runs alone in its worker, before anything reads it.
  process.env.VENDOR_CA_FILE = caFile;
});
afterAll(async () => {
  await sim.close();
});

const uid = () => Math.random().toString(36).slice(2, 8);

describe("vendor clients from stored credentials", () => {
  it("builds a Netskope client from the tenant's encrypted API token", async () => {
    const tenant = await createTenant("Acme");
    await db().tenant.update({ where: { id: tenant.id }, data: { apiBaseUrl: sim.netskopeBaseUrl(TEST.acme.slug), encryptedApiToken: encrypt(TEST.acme.rwToken) } });
    const client = await netskopeClientForTenant(tenant.id);
    const sets = await client.listTokenSets();
    expect(sets.length).toBeGreaterThan(0);
  });

  it("says a tenant without an API token is not configured", async () => {
    const tenant = await createTenant("Bare");
    await expect(netskopeClientForTenant(tenant.id)).rejects.toBeInstanceOf(NotConfiguredError);
    await expect(netskopeClientForTenant(tenant.id)).rejects.toThrow(/No Netskope API token/);
  });

  it("builds an Intune client that trusts the simulator's CA and authenticates", async () => {
    const row = await db().mdmConnection.create({
      data: {
        kind: "INTUNE",
        name: `Entra ${uid()}`,
        baseUrl: sim.graphBaseUrl,
        authorityUrl: sim.httpsUrl,
        directoryId: TEST.intune.tenantId,
        clientId: TEST.intune.clientId,
        encryptedClientSecret: encrypt(TEST.intune.clientSecret),
      },
    });
    const report = await (await intuneClientForConnection(row.id)).testConnection();
    expect(report.checks.find((c) => c.id === "auth")?.status).toBe("ok");
  });

  it("builds a Jamf client, and refuses a connection of the other kind", async () => {
    const row = await db().mdmConnection.create({
      data: { kind: "JAMF", name: `Jamf ${uid()}`, baseUrl: sim.jamfBaseUrl(TEST.jamf.instance), clientId: TEST.jamf.clientId, encryptedClientSecret: encrypt(TEST.jamf.clientSecret) },
    });
    const report = await (await jamfClientForConnection(row.id)).testConnection();
    expect(report.checks.find((c) => c.id === "auth")?.status).toBe("ok");
    await expect(intuneClientForConnection(row.id)).rejects.toThrow(/Intune connection not found/);
  });
});
