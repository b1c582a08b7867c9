// The vendor simulator: one local server speaking Netskope, the Netskope addon host, Microsoft Graph
// with its Entra login, and Jamf Pro, from an in-memory world loaded from a scenario.
//
// Routes (all on one port; `https://` on the same port serves the Entra login for MSAL):
//   /netskope/<slug>/api/v2/...   Netskope REST API v2 (token sets, client status, export, classification, device tags)
//   /netskope/<slug>/api/v1/clients   Netskope v1 clients
//   /addon/<slug>/enroll          an enrollment attempt of a simulated device (DOMAIN.md's matrix via lib/domain)
//   https://.../<tenantId>/v2.0/.well-known/openid-configuration, https://.../<tenantId>/oauth2/v2.0/token   Entra ID
//   /graph/v1.0/..., /graph/beta/...   Microsoft Graph (Intune)
//   /jamf/<instance>/api/..., /jamf/<instance>/JSSResource/...   Jamf Pro API and Classic API
//   /__admin/...                  see admin.ts
import type { AddressInfo } from "node:net";
import { registerAdminRoutes } from "./admin";
import { FaultStore } from "./faults";
import { registerAppRoutes } from "./intune/apps";
import { registerLoginRoutes } from "./intune/login";
import { registerScriptRoutes } from "./intune/scripts";
import { registerJamfApiRoutes } from "./jamf/api";
import { registerJamfClassicRoutes } from "./jamf/classic";
import { registerJamfAuthRoutes } from "./jamf/guard";
import { registerAddonRoutes } from "./netskope/addon";
import { registerDeviceRoutes } from "./netskope/devices";
import { registerEventRoutes } from "./netskope/events";
import { registerTokenSetRoutes } from "./netskope/token-sets";
import { RequestLog } from "./request-log";
import { Router } from "./router";
import { parseScenario, type Scenario, type ScenarioInput } from "./scenario";
import { createSimulatorServer } from "./server";
import { SimState } from "./state";
import { createSelfSignedCertificate } from "./tls-cert";

export type { Scenario, ScenarioInput } from "./scenario";
export type { FaultRuleInput } from "./faults";
export type { LoggedRequest } from "./request-log";

export interface SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** A scenario object (validated here) or one already parsed. */
  scenario: ScenarioInput | Scenario;
}

export interface RunningSimulator {
  /** `http://host:port`. */
  url: string;
  /** `https://host:port`: the same port, TLS; the Entra authority host for MSAL. */
  httpsUrl: string;
  /** PEM of the self-signed certificate: give it to the Intune client as `caCertificate`. */
  caCertificate: string;
  /** The live simulated world (replaced by /__admin/reset; read it through this getter). */
  readonly state: SimState;
  requestLog: RequestLog;
  faults: FaultStore;
  netskopeBaseUrl(slug: string): string;
  addonUrl(slug: string): string;
  graphBaseUrl: string;
  jamfBaseUrl(instance: string): string;
  reset(): void;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const scenario = parseScenario(options.scenario);
  const host = options.host ?? "127.0.0.1";
  const certificate = createSelfSignedCertificate();
  const faults = new FaultStore();
  const log = new RequestLog();
  let state = new SimState(scenario);
  const loadFaults = () => {
    faults.clear();
    for (const rule of scenario.faults) faults.add(rule);
  };
  loadFaults();
  const reset = () => {
    state = new SimState(scenario);
    loadFaults();
    log.clear();
  };

  const router = new Router();
  registerAdminRoutes(router, { faults, log, reset, caCertificate: certificate.cert });
  registerTokenSetRoutes(router);
  registerEventRoutes(router);
  registerDeviceRoutes(router);
  registerAddonRoutes(router);
  registerAppRoutes(router);
  registerScriptRoutes(router);
  registerJamfAuthRoutes(router);
  registerJamfApiRoutes(router);
  registerJamfClassicRoutes(router);
  // Last: its `/:tenant/...` patterns must not shadow the vendor prefixes above (TLS only anyway).
  registerLoginRoutes(router);

  const { server, close } = createSimulatorServer({ router, getState: () => state, faults, log, certificate });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new Error(`port ${options.port ?? 0} on ${host} is already in use`) : error);
    };
    server.once("error", onError);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const authority = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  const url = `http://${authority}`;
  return {
    url,
    httpsUrl: `https://${authority}`,
    caCertificate: certificate.cert,
    get state() {
      return state;
    },
    requestLog: log,
    faults,
    netskopeBaseUrl: (slug) => `${url}/netskope/${slug}/api/v2`,
    addonUrl: (slug) => `${url}/addon/${slug}`,
    graphBaseUrl: `${url}/graph`,
    jamfBaseUrl: (instance) => `${url}/jamf/${instance}`,
    reset,
    close,
  };
}
