// The simulator's input: one JSON-able object describing every simulated vendor account, validated
// with zod at start-up. The app's demo database seed is generated from the same object
// (scenarios/demo.ts), so each field says what it models. Times are ISO 8601 strings.
import { z } from "zod";
import { FaultRule } from "./faults";

const iso = z.string().datetime({ offset: true });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and '-'");
/** `nsdiag`/install-script parameter slots $4..$11 (Jamf), keyed "4".."11". */
const ParameterMap = z.partialRecord(z.enum(["4", "5", "6", "7", "8", "9", "10", "11"]), z.string());

export const ScenarioTokenSet = z.object({
  /** Netskope's `tsid`. */
  tsid: z.number().int().positive(),
  authToken: z.string().min(1),
  /** "" when the set has no encryption token (as the API writes it). */
  encryptToken: z.string().default(""),
  createdAt: iso,
  /** null: never expires. */
  validTill: iso.nullable(),
  enforced: z.boolean(),
});
export type ScenarioTokenSet = z.infer<typeof ScenarioTokenSet>;

export const ScenarioApiToken = z.object({
  token: z.string().min(8),
  /** Endpoint groups this token may call: "enrollment/tokenset", "events", "deviceclassification", "devices/tags", or "*"; "r" or "rw". */
  scopes: z.record(z.string(), z.enum(["r", "rw"])),
});
export type ScenarioApiToken = z.infer<typeof ScenarioApiToken>;

export const ScenarioDevice = z.object({
  nsdeviceuid: z.string().min(1),
  hostname: z.string(),
  serialNumber: z.string(),
  os: z.enum(["windows", "macos"]),
  osVersion: z.string(),
  /** Dotted build, as client status reports it ("124.0.7.2180"). */
  clientVersion: z.string(),
  installMode: z.enum(["upn", "idp", "email-invite"]),
  /** Per-user configuration (`mode=peruserconfig`). */
  multiUser: z.boolean(),
  /** Users already enrolled on this device (a first login of anyone else is a new enrollment). */
  users: z.array(z.object({ username: z.string(), userkey: z.string().optional() })),
  npaPrelogon: z.boolean().default(false),
  /** "Protect Client configuration and resources": the MSI cannot be re-run. */
  protectClientConfig: z.boolean().default(false),
  /** The authentication token the device holds (install command or nsdiag), or null. */
  heldAuthToken: z.string().nullable(),
  heldEncryptToken: z.string().nullable().default(null),
  /** An offline device never reports back: its script runs stay pending. */
  online: z.boolean().default(true),
  lastSeen: iso,
  installedAt: iso.optional(),
  make: z.string().optional(),
  model: z.string().optional(),
  classification: z.array(z.string()).default([]),
});
export type ScenarioDevice = z.infer<typeof ScenarioDevice>;

export const ScenarioTenant = z.object({
  /** `<slug>.<region>.goskope.com`; also the simulator path `/netskope/<slug>/api/v2`. */
  slug,
  region: z.string().regex(/^[a-z0-9-]*$/),
  /** The `token=` of install commands. */
  orgKey: z.string(),
  /** Several token sets may coexist (multi-token support). */
  multiToken: z.boolean(),
  apiTokens: z.array(ScenarioApiToken).min(1),
  /** Legacy v1 API token, if the tenant has one. */
  v1Token: z.string().optional(),
  tokenSets: z.array(ScenarioTokenSet),
  devices: z.array(ScenarioDevice),
  classificationTags: z.array(z.object({ id: z.number().int(), name: z.string(), description: z.string().default("") })).default([]),
  /** Requests per second per endpoint and token before a 429 [doc: 4]. */
  rateLimitPerSecond: z.number().int().positive().default(4),
  /** Data-export CSV rows per `operation=next` page. */
  exportPageSize: z.number().int().positive().default(250),
});
export type ScenarioTenant = z.infer<typeof ScenarioTenant>;

export const ScenarioManagedDevice = z.object({
  id: z.string(),
  deviceName: z.string(),
  operatingSystem: z.enum(["Windows", "macOS"]),
  osVersion: z.string(),
  userPrincipalName: z.string(),
  serialNumber: z.string(),
  azureADDeviceId: z.string(),
  lastSyncDateTime: iso,
  /** The simulated Netskope device this is (else matched by serial number). */
  nsdeviceuid: z.string().optional(),
});
export type ScenarioManagedDevice = z.infer<typeof ScenarioManagedDevice>;

export const ScenarioIntuneTenant = z.object({
  /** Entra tenant id (GUID): `https://<sim>/<tenantId>` is the authority. */
  tenantId: z.string().min(1),
  name: z.string(),
  /** App registrations and the application permissions (roles) granted to each. */
  apps: z.array(z.object({ clientId: z.string(), clientSecret: z.string(), roles: z.array(z.string()) })).min(1),
  groups: z.array(z.object({ id: z.string(), displayName: z.string(), managedDeviceIds: z.array(z.string()) })),
  managedDevices: z.array(ScenarioManagedDevice),
  win32Apps: z.array(
    z.object({ id: z.string(), displayName: z.string(), publisher: z.string().default("Netskope"), installCommandLine: z.string(), uninstallCommandLine: z.string().default(""), lastModifiedDateTime: iso }),
  ),
  scripts: z
    .array(z.object({ id: z.string(), platform: z.enum(["windows", "macos"]), displayName: z.string(), fileName: z.string(), content: z.string(), runAsAccount: z.enum(["system", "user"]), createdDateTime: iso }))
    .default([]),
  /** Items per Graph page before `@odata.nextLink`. */
  pageSize: z.number().int().positive().default(100),
});
export type ScenarioIntuneTenant = z.infer<typeof ScenarioIntuneTenant>;

export const ScenarioJamfInstance = z.object({
  /** `/jamf/<name>` in the simulator (`<name>.jamfcloud.com` in real life). */
  name: slug,
  /** API clients; `privileges` absent = all of them ("Read Scripts", "Update Policies", ...). */
  clients: z.array(z.object({ clientId: z.string(), clientSecret: z.string(), privileges: z.array(z.string()).optional() })).min(1),
  scripts: z.array(z.object({ id: z.number().int().positive(), name: z.string(), scriptContents: z.string(), parameterLabels: ParameterMap.default({}) })),
  policies: z.array(
    z.object({
      id: z.number().int().positive(),
      name: z.string(),
      enabled: z.boolean(),
      scripts: z.array(z.object({ id: z.number().int().positive(), priority: z.enum(["Before", "After"]).default("After"), parameters: ParameterMap.default({}) })),
      scope: z.object({ allComputers: z.boolean().default(false), computerIds: z.array(z.number().int()).default([]) }),
    }),
  ),
  computers: z.array(
    z.object({ id: z.number().int().positive(), name: z.string(), serialNumber: z.string(), udid: z.string(), osVersion: z.string(), lastContactTime: iso, nsdeviceuid: z.string().optional() }),
  ),
  /** OAuth token lifetime, seconds. */
  tokenLifetimeSec: z.number().int().positive().default(1200),
});
export type ScenarioJamfInstance = z.infer<typeof ScenarioJamfInstance>;

export const Scenario = z.object({
  version: z.literal(1).default(1),
  /** Drives every random choice: nsdiag outcomes and delays, new token values. */
  seed: z.number().int().default(1),
  /** The simulated clock starts here (token expiry, run-state timing); default: the real time at start. */
  now: iso.optional(),
  nsdiag: z
    .object({
      /** Share of pushes to eligible devices that fail anyway (service not running, ...). */
      failureRate: z.number().min(0).max(1).default(0.1),
      minDelaySec: z.number().nonnegative().default(30),
      maxDelaySec: z.number().nonnegative().default(900),
    })
    .default({ failureRate: 0.1, minDelaySec: 30, maxDelaySec: 900 }),
  netskope: z.object({ tenants: z.array(ScenarioTenant) }).default({ tenants: [] }),
  intune: z.object({ tenants: z.array(ScenarioIntuneTenant) }).default({ tenants: [] }),
  jamf: z.object({ instances: z.array(ScenarioJamfInstance) }).default({ instances: [] }),
  /** Faults active from the start (more can be added at runtime through /__admin/faults). */
  faults: z.array(FaultRule).default([]),
});
/** The validated scenario (defaults filled in). */
export type Scenario = z.output<typeof Scenario>;
/** What a scenario file may contain (defaults optional). */
export type ScenarioInput = z.input<typeof Scenario>;

/** Validates a scenario; throws a readable error listing the first problems. */
export function parseScenario(input: unknown): Scenario {
  const result = Scenario.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`invalid scenario: ${problems.join("; ")}`);
}
