// Helpers for tests that run clients against the simulator (`*.test.ts` only): the fixed test
// scenario (scenarios/test.json) and the credentials in it.
import { startSimulator, type RunningSimulator } from "./index";
import { parseScenario, type Scenario } from "./scenario";
import rawTestScenario from "./scenarios/test.json";

export function testScenario(): Scenario {
  return parseScenario(structuredClone(rawTestScenario));
}

const scenario = testScenario();
const [acme, globex] = scenario.netskope.tenants;
const [entra] = scenario.intune.tenants;
const [jamf] = scenario.jamf.instances;
if (!acme || !globex || !entra || !jamf) throw new Error("test.json lost a tenant");

/** Names and credentials of the test scenario, read from it rather than repeated. */
export const TEST = {
  acme: {
    slug: acme.slug,
    rwToken: acme.apiTokens[0]?.token ?? "",
    readOnlyToken: acme.apiTokens[1]?.token ?? "",
    v1Token: acme.v1Token ?? "",
    currentToken: acme.tokenSets[0]?.authToken ?? "",
    oldToken: acme.devices.find((device) => device.hostname === "ACME-KIOSK-07")?.heldAuthToken ?? "",
    device: (hostname: string) => {
      const found = acme.devices.find((device) => device.hostname === hostname);
      if (!found) throw new Error(`no device ${hostname} in test.json`);
      return found.nsdeviceuid;
    },
  },
  globex: { slug: globex.slug, rwToken: globex.apiTokens[0]?.token ?? "" },
  intune: {
    tenantId: entra.tenantId,
    clientId: entra.apps[0]?.clientId ?? "",
    clientSecret: entra.apps[0]?.clientSecret ?? "",
    readOnlyClientId: entra.apps[1]?.clientId ?? "",
    readOnlyClientSecret: entra.apps[1]?.clientSecret ?? "",
  },
  jamf: {
    instance: jamf.name,
    clientId: jamf.clients[0]?.clientId ?? "",
    clientSecret: jamf.clients[0]?.clientSecret ?? "",
    readOnlyClientId: jamf.clients[1]?.clientId ?? "",
    readOnlyClientSecret: jamf.clients[1]?.clientSecret ?? "",
  },
} as const;

/** Starts the simulator on a free port with the test scenario. */
export function startTestSimulator(): Promise<RunningSimulator> {
  return startSimulator({ port: 0, host: "127.0.0.1", scenario: testScenario() });
}

/** Moves the simulated clock forward (run states, token expiry). */
export async function advanceClock(sim: RunningSimulator, ms: number): Promise<void> {
  const response = await fetch(`${sim.url}/__admin/clock`, { method: "POST", body: JSON.stringify({ advanceMs: ms }) });
  if (!response.ok) throw new Error(`clock advance failed: ${response.status}`);
}
