// Behaviour of the simulator itself, through plain HTTP: the state model (tokens, enforcement,
// enrollment attempts, nsdiag pushes over time), admin endpoints and fault injection.
import https from "node:https";
import { evaluateEnrollment } from "@/lib/domain/enrollment";
import type { PresentedTokens } from "@/lib/domain/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./index";
import { advanceClock, startTestSimulator, TEST, testScenario } from "./testing";

let sim: RunningSimulator;
const ACME = () => `${sim.netskopeBaseUrl("acme")}/enrollment/tokenset`;
const asAcme = { "netskope-api-token": TEST.acme.rwToken, "content-type": "application/json" };

async function enroll(nsdeviceuid: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${sim.addonUrl("acme")}/enroll`, { method: "POST", body: JSON.stringify({ nsdeviceuid, ...extra }) });
  return { status: response.status, body: (await response.json()) as { outcome: string; reasons: Array<{ code: string }>; tenantState: string; presents: PresentedTokens } };
}

async function jamfToken(): Promise<string> {
  const response = await fetch(`${sim.jamfBaseUrl("acme")}/api/oauth/token`, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: TEST.jamf.clientId, client_secret: TEST.jamf.clientSecret }) });
  return ((await response.json()) as { access_token: string }).access_token;
}

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

describe("token sets", () => {
  it("regenerating the auth token changes its value, deterministically for a given seed", async () => {
    const before = ((await (await fetch(ACME(), { headers: asAcme })).json()) as Array<{ auth_token: string }>)[0]?.auth_token;
    const patched = (await (await fetch(`${ACME()}/1`, { method: "PATCH", headers: asAcme, body: JSON.stringify({ type: 0 }) })).json()) as { auth_token: string };
    expect(before).toBe(TEST.acme.currentToken);
    expect(patched.auth_token).not.toBe(before);
    const other = await startSimulator({ port: 0, scenario: testScenario() });
    try {
      const again = (await (await fetch(`${other.netskopeBaseUrl("acme")}/enrollment/tokenset/1`, { method: "PATCH", headers: asAcme, body: JSON.stringify({ type: 0 }) })).json()) as { auth_token: string };
      expect(again.auth_token).toBe(patched.auth_token);
    } finally {
      await other.close();
    }
  });

  it("answers vendor-style errors: 401 bad token, 403 scope, 400 bad body, 404 unknown set", async () => {
    expect((await fetch(ACME(), { headers: { "netskope-api-token": "nope-nope-nope" } })).status).toBe(401);
    expect((await fetch(ACME(), { headers: { "netskope-api-token": TEST.acme.readOnlyToken } })).status).toBe(403);
    const bad = await fetch(`${ACME()}/1`, { method: "PATCH", headers: asAcme, body: JSON.stringify({ type: 5 }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ status: "error", message: "type must be 0 (auth) or 1 (encrypt)" });
    expect((await fetch(`${ACME()}/99`, { method: "DELETE", headers: asAcme })).status).toBe(404);
  });
});

describe("enrollment attempts (addon host)", () => {
  it("refuses a device without the token while enforced, and enrolls one that holds it", async () => {
    const refused = await enroll(TEST.acme.device("ACME-WS-0002"), { user: "zed@acme.example" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ outcome: "refused", tenantState: "enforced", presents: { authToken: "none" } });
    expect(refused.body.reasons.map((reason) => reason.code)).toContain("auth-token-missing");
    const ok = await enroll(TEST.acme.device("ACME-WS-0001"), { user: "zed@acme.example" });
    expect(ok).toMatchObject({ status: 200, body: { outcome: "enrolls", presents: { authToken: "correct" } } });
    expect(sim.state.findDevice(TEST.acme.device("ACME-WS-0001"))?.device.users.map((user) => user.username)).toContain("zed@acme.example");
  });

  it("applies lib/domain's matrix to the inputs it derives (wrong token, IdP, not enforced + old client)", async () => {
    const kiosk = await enroll(TEST.acme.device("ACME-KIOSK-07"));
    expect(kiosk.body.presents.authToken).toBe("wrong");
    const idp = await enroll(TEST.acme.device("acme-mbp-0005"));
    expect(idp.body.presents.authToken).toBe("none");
    const globex = await fetch(`${sim.addonUrl("globex")}/enroll`, { method: "POST", body: JSON.stringify({ nsdeviceuid: "0b000000-0001-4000-8000-000000000001" }) });
    const globexBody = (await globex.json()) as { outcome: string; tenantState: string; presents: PresentedTokens };
    expect(globexBody.tenantState).toBe("not-enforced");
    const cases = [
      [kiosk.body, { os: "windows", clientVersion: "120.0.0.2000", installMode: "email-invite", multiUser: false, npaPrelogon: true, protectClientConfig: false }, "enforced"],
      [idp.body, { os: "macos", clientVersion: "125.0.1.2400", installMode: "idp", multiUser: false, npaPrelogon: false, protectClientConfig: false }, "enforced"],
      [globexBody, { os: "windows", clientVersion: "119.0.3.1800", installMode: "upn", multiUser: false, npaPrelogon: false, protectClientConfig: false }, "not-enforced"],
    ] as const;
    for (const [answer, device, state] of cases) {
      const expected = evaluateEnrollment({ tenant: { state, encryptionTokenEnforced: false }, device, presents: answer.presents });
      expect(answer.outcome).toBe(expected.outcome);
    }
    expect(idp.body.outcome).toBe("enrolls");
  });

  it("a fresh install carrying the token enrolls and leaves the device holding it", async () => {
    const result = await enroll(TEST.acme.device("ACME-WS-0002"), { authToken: TEST.acme.currentToken, user: "carol@acme.example" });
    expect(result.body.outcome).toBe("enrolls");
    expect(sim.state.findDevice(TEST.acme.device("ACME-WS-0002"))?.device.heldAuthToken).toBe(TEST.acme.currentToken);
  });

  it("refuses once the token has expired (simulated clock moved past valid_till)", async () => {
    expect((await enroll(TEST.acme.device("ACME-WS-0001"))).body.outcome).toBe("enrolls");
    await advanceClock(sim, 10 * 86_400_000);
    const expired = await enroll(TEST.acme.device("ACME-WS-0001"));
    expect(expired).toMatchObject({ status: 403, body: { outcome: "refused", presents: { authToken: "wrong" } } });
  });

  it("shows the attempt as the device's last event in client status", async () => {
    await enroll(TEST.acme.device("ACME-WS-0002"), { user: "zed@acme.example" });
    const search = await fetch(`${sim.netskopeBaseUrl("acme")}/events/datasearch/clientstatus?query=${encodeURIComponent("host_info.hostname eq 'ACME-WS-0002'")}`, { headers: asAcme });
    const records = ((await search.json()) as { result: Array<{ last_seen_device_event: { event: string; status: string } }> }).result;
    expect(records[0]?.last_seen_device_event).toMatchObject({ event: "Enrollment", status: "Failed" });
  });
});

describe("nsdiag pushed through a Jamf policy", () => {
  it("plans runs for the computers in scope; the token lands on eligible Macs over time", async () => {
    const token = await jamfToken();
    const body = `<policy><general><enabled>true</enabled></general><scripts><script><id>2</id><parameter4>${TEST.acme.currentToken}</parameter4></script></scripts></policy>`;
    const put = await fetch(`${sim.jamfBaseUrl("acme")}/JSSResource/policies/id/11`, { method: "PUT", headers: { authorization: `Bearer ${token}`, "content-type": "application/xml" }, body });
    expect(put.status).toBe(201);
    const runs = () => sim.state.jamf.get("acme")?.runs.map((run) => [run.targetId, run.final.state]) ?? [];
    expect(runs()).toEqual([["1", "scriptError"], ["2", "success"]]);
    const mac = () => sim.state.findDevice(TEST.acme.device("acme-mbp-0005"))?.device.heldAuthToken;
    expect(mac()).toBeNull();
    await advanceClock(sim, 3_600_000);
    expect(mac()).toBe(TEST.acme.currentToken);
    expect(sim.state.findDevice(TEST.acme.device("acme-mbp-0004"))?.device.heldAuthToken).toBeNull();
  });

  it("refuses a policy PUT naming a script Jamf does not have, changing nothing", async () => {
    const token = await jamfToken();
    const response = await fetch(`${sim.jamfBaseUrl("acme")}/JSSResource/policies/id/10`, { method: "PUT", headers: { authorization: `Bearer ${token}` }, body: "<policy><general><name>x</name></general><scripts><script><id>77</id></script></scripts></policy>" });
    expect(response.status).toBe(409);
    expect(sim.state.jamf.get("acme")?.policies[0]?.name).toBe("Netskope Client install");
  });
});

describe("admin endpoints", () => {
  it("adds, lists, fires and removes faults", async () => {
    const added = await fetch(`${sim.url}/__admin/faults`, { method: "POST", body: JSON.stringify({ path: "/graph/*", kind: "status", status: 500, times: 1 }) });
    const { ids } = (await added.json()) as { ids: string[] };
    expect((await (await fetch(`${sim.url}/__admin/faults`)).json()) as unknown).toMatchObject({ faults: [{ id: ids[0], kind: "status", fired: 0 }] });
    expect((await fetch(`${sim.graphBaseUrl}/v1.0/deviceManagement/managedDevices`)).status).toBe(500);
    expect((await fetch(`${sim.graphBaseUrl}/v1.0/deviceManagement/managedDevices`)).status).toBe(401);
    expect((await fetch(`${sim.url}/__admin/faults/${ids[0]}`, { method: "DELETE" })).status).toBe(204);
    const invalid = await fetch(`${sim.url}/__admin/faults`, { method: "POST", body: JSON.stringify({ path: "/x", kind: "explode" }) });
    expect(invalid.status).toBe(400);
  });

  it("logs requests, filterable by vendor and sequence", async () => {
    await fetch(ACME(), { headers: asAcme });
    await fetch(`${sim.graphBaseUrl}/v1.0/deviceManagement/managedDevices`);
    const all = ((await (await fetch(`${sim.url}/__admin/requests`)).json()) as { entries: Array<{ seq: number; vendor: string; status: number }> }).entries;
    expect(all.map((entry) => [entry.vendor, entry.status])).toEqual([["netskope", 200], ["intune", 401]]);
    const later = ((await (await fetch(`${sim.url}/__admin/requests?since=${all[0]?.seq}&vendor=intune`)).json()) as { entries: unknown[] }).entries;
    expect(later).toHaveLength(1);
  });

  it("resets to the scenario and serves state, clock and CA", async () => {
    await fetch(`${ACME()}/1`, { method: "DELETE", headers: asAcme });
    expect(sim.state.netskope.get("acme")?.tokenSets).toHaveLength(0);
    expect((await fetch(`${sim.url}/__admin/reset`, { method: "POST" })).status).toBe(204);
    expect(sim.state.netskope.get("acme")?.tokenSets).toHaveLength(1);
    const state = (await (await fetch(`${sim.url}/__admin/state`)).json()) as { now: string; netskope: Array<{ slug: string }> };
    expect(state.now.startsWith("2026-03-01T12:0")).toBe(true);
    expect(state.netskope.map((tenant) => tenant.slug)).toEqual(["acme", "globex"]);
    const clock = (await (await fetch(`${sim.url}/__admin/clock`, { method: "POST", body: JSON.stringify({ advanceMs: 86_400_000 }) })).json()) as { now: string };
    expect(clock.now.startsWith("2026-03-02T12:0")).toBe(true);
    expect(await (await fetch(`${sim.url}/__admin/ca`)).text()).toBe(sim.caCertificate);
  });
});

describe("server", () => {
  it("serves TLS on the same port (Entra login only), plain HTTP for the rest", async () => {
    const path = `/${TEST.intune.tenantId}/v2.0/.well-known/openid-configuration`;
    const metadata = await new Promise<{ issuer: string; token_endpoint: string }>((resolve, reject) => {
      https.get(`${sim.httpsUrl}${path}`, { ca: sim.caCertificate }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(text) as { issuer: string; token_endpoint: string }));
      }).on("error", reject);
    });
    expect(metadata.issuer).toBe(`${sim.httpsUrl}/${TEST.intune.tenantId}/v2.0`);
    expect(metadata.token_endpoint).toBe(`${sim.httpsUrl}/${TEST.intune.tenantId}/oauth2/v2.0/token`);
    expect((await fetch(`${sim.url}${path}`)).status).toBe(404);
  });

  it("answers 404 for unknown routes and 405 with Allow for wrong methods", async () => {
    expect((await fetch(`${sim.url}/nowhere`)).status).toBe(404);
    const wrong = await fetch(ACME(), { method: "PUT" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
  });

  it("fails clearly when the port is taken", async () => {
    const port = Number(new URL(sim.url).port);
    await expect(startSimulator({ port, scenario: testScenario() })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
  });

  it("starts quickly with the demo scenario", async () => {
    const { demoScenario } = await import("./scenarios/demo");
    const scenario = demoScenario(1, new Date("2026-03-01T00:00:00Z"));
    const started = performance.now();
    const demo = await startSimulator({ port: 0, scenario });
    const elapsed = performance.now() - started;
    await demo.close();
    expect(elapsed).toBeLessThan(1500);
  });
});
