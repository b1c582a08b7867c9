// The simulator's in-memory world, built from a scenario. Handlers mutate it; `settle()` applies the
// script runs whose time has come before each request, so every read sees a consistent device state.
import { settleRuns, type DeviceRun } from "./mdm-runs";
import { createRng, hashString } from "./random";
import type { Scenario, ScenarioDevice, ScenarioIntuneTenant, ScenarioJamfInstance, ScenarioTenant } from "./scenario";

/** The simulated clock: the scenario's `now` (or the real time) plus real elapsed time plus /__admin/clock advances. */
export class SimClock {
  readonly #base: number;
  readonly #realStart = Date.now();
  #offset = 0;

  constructor(start?: string) {
    this.#base = start ? Date.parse(start) : this.#realStart;
  }

  now(): number {
    return this.#base + (Date.now() - this.#realStart) + this.#offset;
  }

  advance(ms: number): number {
    this.#offset += ms;
    return this.now();
  }
}

export interface ExportIterator {
  rows: string[][];
  header: string[];
  cursor: number;
  lastPage: { start: number; end: number } | null;
  polls: number;
}

export interface EnrollmentAttempt {
  at: string;
  nsdeviceuid: string;
  user: string | null;
  outcome: string;
  reasons: string[];
}

export interface TenantState extends ScenarioTenant {
  iterators: Map<string, ExportIterator>;
  /** nsdeviceuid → tag ids, as bulk replace left them. */
  deviceTags: Map<string, number[]>;
  classificationRules: Array<{ id: number; name: string; label: string; os: string; conditions: unknown }>;
  attempts: EnrollmentAttempt[];
  /** Request start times per rate-limit key (real time, like the clients' own limiters). */
  rate: Map<string, number[]>;
}

export interface IssuedToken {
  owner: string;
  clientId: string;
  roles: string[];
  expiresAt: number;
}

export interface IntuneScriptState {
  id: string;
  platform: "windows" | "macos";
  displayName: string;
  description: string;
  fileName: string;
  content: string;
  runAsAccount: "system" | "user";
  createdDateTime: string;
  lastModifiedDateTime: string;
  groupIds: string[];
  runs: DeviceRun[];
}

export interface IntuneState extends Omit<ScenarioIntuneTenant, "scripts"> {
  scripts: Map<string, IntuneScriptState>;
  tokens: Map<string, IssuedToken>;
  writes: number[];
}

export interface JamfState extends ScenarioJamfInstance {
  tokens: Map<string, IssuedToken>;
  runs: DeviceRun[];
  nextScriptId: number;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export class SimState {
  readonly scenario: Scenario;
  readonly clock: SimClock;
  readonly netskope = new Map<string, TenantState>();
  readonly intune = new Map<string, IntuneState>();
  readonly jamf = new Map<string, JamfState>();
  /** For new token values and ids: seeded, so a run is reproducible. */
  readonly rng: () => number;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.clock = new SimClock(scenario.now);
    this.rng = createRng(hashString(`tokens|${scenario.seed}`));
    for (const tenant of scenario.netskope.tenants) {
      this.netskope.set(tenant.slug, { ...clone(tenant), iterators: new Map(), deviceTags: new Map(), classificationRules: [], attempts: [], rate: new Map() });
    }
    for (const tenant of scenario.intune.tenants) {
      const scripts = new Map<string, IntuneScriptState>();
      for (const script of tenant.scripts) scripts.set(script.id, { ...clone(script), description: "", lastModifiedDateTime: script.createdDateTime, groupIds: [], runs: [] });
      const { scripts: _omit, ...rest } = clone(tenant);
      this.intune.set(tenant.tenantId.toLowerCase(), { ...rest, scripts, tokens: new Map(), writes: [] });
    }
    for (const instance of scenario.jamf.instances) {
      const nextScriptId = Math.max(0, ...instance.scripts.map((script) => script.id)) + 1;
      this.jamf.set(instance.name, { ...clone(instance), tokens: new Map(), runs: [], nextScriptId });
    }
  }

  now(): number {
    return this.clock.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  findDevice(nsdeviceuid: string): { tenant: TenantState; device: ScenarioDevice } | undefined {
    for (const tenant of this.netskope.values()) {
      const device = tenant.devices.find((candidate) => candidate.nsdeviceuid === nsdeviceuid);
      if (device) return { tenant, device };
    }
    return undefined;
  }

  /** The Netskope device behind an MDM record: by explicit link, else by serial number. */
  linkDevice(nsdeviceuid: string | undefined, serialNumber: string): ScenarioDevice | undefined {
    if (nsdeviceuid) return this.findDevice(nsdeviceuid)?.device;
    for (const tenant of this.netskope.values()) {
      const device = tenant.devices.find((candidate) => candidate.serialNumber === serialNumber);
      if (device) return device;
    }
    return undefined;
  }

  /** Applies due script runs (Intune and Jamf) to the devices. */
  settle(): void {
    const now = this.now();
    const find = (id: string) => this.findDevice(id)?.device;
    for (const tenant of this.intune.values()) for (const script of tenant.scripts.values()) settleRuns(script.runs, now, find);
    for (const instance of this.jamf.values()) settleRuns(instance.runs, now, find);
  }

  /** A JSON view of everything, for /__admin/state, tests and the demo seed. */
  snapshot(): unknown {
    this.settle();
    return {
      now: this.nowIso(),
      netskope: [...this.netskope.values()].map((tenant) => ({
        ...tenant,
        iterators: [...tenant.iterators.keys()],
        rate: undefined,
        deviceTags: Object.fromEntries(tenant.deviceTags),
      })),
      intune: [...this.intune.values()].map((tenant) => ({
        ...tenant,
        tokens: tenant.tokens.size,
        writes: undefined,
        scripts: [...tenant.scripts.values()].map((script) => ({ ...script, runs: script.runs.map((run) => serializeRun(run)) })),
      })),
      jamf: [...this.jamf.values()].map((instance) => ({ ...instance, tokens: instance.tokens.size, runs: instance.runs.map((run) => serializeRun(run)) })),
    };
  }
}

function serializeRun(run: DeviceRun): Record<string, unknown> {
  return { ...run, dueAt: Number.isFinite(run.dueAt) ? new Date(run.dueAt).toISOString() : null, startedAt: new Date(run.startedAt).toISOString() };
}
