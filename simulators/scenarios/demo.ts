// The demo world, deterministic from (seed, now). The app's demo database seed is generated from the
// same object, so its shape is the documented `Scenario` (../scenario.ts) and nothing else.
//
// Three Netskope tenants in three regions, in three different states:
// - acme (eu):    ENFORCED, one token set whose auth token expires 9 days after `now`. Windows and Macs in Intune;
//                 one Win32 app still carries the previous token (drift).
// - globex (uk):  NOT ENFORCED (token created, enforcement pending), with an encryption token. Windows in Intune,
//                 Macs in Jamf; has a legacy v1 API token.
// - initech (jp): multi-token: the old token set (expires in 12 days) and the new one, both enforced, mid-rotation.
//                 Windows in Intune, Macs in Jamf, one Jamf policy still on the old token.
// ~380 devices: Windows ~65 %, clients R110..R126 weighted to recent releases with some at R120 and
// older, below 116.1 on Windows and below R124 on macOS; UPN / IdP / email-invite; single- and multi-user;
// a few with NPA Prelogon; devices holding the current token, an old one, or none.
import { createRng, tokenFrom } from "../random";
import type { Scenario, ScenarioTenant } from "../scenario";
import { fleet, hex, weighted, type Rng } from "./demo-fleet";
import { intuneTenant, jamfInstance } from "./demo-mdm";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function tenantBase(rng: Rng, slug: string, region: string, multiToken: boolean): Omit<ScenarioTenant, "tokenSets" | "devices"> {
  return {
    slug,
    region,
    orgKey: hex(rng, 20).toUpperCase(),
    multiToken,
    apiTokens: [{ token: `demo-${slug}-api-${hex(rng, 32)}`, scopes: { "*": "rw" } }],
    classificationTags: [{ id: 1, name: "Secure Enrollment token present", description: "Device holds the enrollment token (registry check)" }],
    rateLimitPerSecond: 4,
    exportPageSize: 250,
  };
}

/** Picks what a device holds from weighted options (null = no token). */
const holds = (options: ReadonlyArray<readonly [string | null, number]>) => (rng: Rng) => weighted(rng, options);

export function demoScenario(seed = 20251123, now: Date | string = new Date()): Scenario {
  const rng = createRng(seed);
  const nowMs = typeof now === "string" ? Date.parse(now) : now.getTime();
  const token = () => tokenFrom(rng);

  // acme: ENFORCED, expiring in 9 days; the previous token is what some devices and one app still carry.
  const acmeCurrent = token();
  const acmePrevious = token();
  const acmeBase = tenantBase(rng, "acme", "eu", false);
  const acmeUpnMulti = holds([[acmeCurrent, 60], [null, 25], [acmePrevious, 15]]);
  const acmeOther = holds([[acmeCurrent, 80], [null, 20]]);
  const acme: ScenarioTenant = {
    ...acmeBase,
    tokenSets: [{ tsid: 3, authToken: acmeCurrent, encryptToken: "", createdAt: iso(nowMs - 81 * DAY), validTill: iso(nowMs + 9 * DAY), enforced: true }],
    devices: fleet(rng, { slug: "acme", domain: "acme.example", windows: 105, macos: 55, now: nowMs, tokens: { held: (r, mode, multi) => (mode === "upn" && multi ? acmeUpnMulti(r) : acmeOther(r)) } }),
  };

  // globex: NOT ENFORCED; about half the fleet got the token so far.
  const globexToken = token();
  const globex: ScenarioTenant = {
    ...tenantBase(rng, "globex", "uk", false),
    v1Token: `demo-globex-v1-${hex(rng, 24)}`,
    tokenSets: [{ tsid: 1, authToken: globexToken, encryptToken: token(), createdAt: iso(nowMs - 20 * DAY), validTill: iso(nowMs + 70 * DAY), enforced: false }],
    devices: fleet(rng, { slug: "globex", domain: "globex.example", windows: 65, macos: 35, now: nowMs, tokens: { held: holds([[globexToken, 45], [null, 55]]) } }),
  };

  // initech: multi-token rotation in progress (old set still enforced until it is retired).
  const initechOld = token();
  const initechNew = token();
  const initechRetired = token();
  const initech: ScenarioTenant = {
    ...tenantBase(rng, "initech", "jp", true),
    tokenSets: [
      { tsid: 7, authToken: initechOld, encryptToken: "", createdAt: iso(nowMs - 170 * DAY), validTill: iso(nowMs + 12 * DAY), enforced: true },
      { tsid: 9, authToken: initechNew, encryptToken: "", createdAt: iso(nowMs - 6 * DAY), validTill: iso(nowMs + 84 * DAY), enforced: true },
    ],
    devices: fleet(rng, { slug: "initech", domain: "initech.example", windows: 75, macos: 45, now: nowMs, tokens: { held: holds([[initechNew, 40], [initechOld, 35], [null, 15], [initechRetired, 10]]) } }),
  };

  const windowsOf = (tenant: ScenarioTenant) => tenant.devices.filter((device) => device.os === "windows");
  const macsOf = (tenant: ScenarioTenant) => tenant.devices.filter((device) => device.os === "macos");
  const nowIso = iso(nowMs);
  return {
    version: 1,
    seed,
    now: nowIso,
    nsdiag: { failureRate: 0.08, minDelaySec: 60, maxDelaySec: 1800 },
    netskope: { tenants: [acme, globex, initech] },
    intune: {
      tenants: [
        intuneTenant(rng, { tenant: acme, devices: acme.devices, currentToken: acmeCurrent, driftedToken: acmePrevious, nowIso }),
        intuneTenant(rng, { tenant: globex, devices: windowsOf(globex), currentToken: globexToken, nowIso }),
        intuneTenant(rng, { tenant: initech, devices: windowsOf(initech), currentToken: initechNew, nowIso }),
      ],
    },
    jamf: {
      instances: [
        jamfInstance(rng, { tenant: globex, macs: macsOf(globex), currentToken: globexToken }),
        jamfInstance(rng, { tenant: initech, macs: macsOf(initech), currentToken: initechNew, driftedToken: initechOld }),
      ],
    },
    faults: [],
  };
}
