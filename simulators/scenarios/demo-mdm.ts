// The MDM side of the demo scenario: an Intune tenant (Win32 apps whose install commands carry the
// tokens, groups, managed devices mirroring the fleet) and Jamf instances (install and nsdiag scripts,
// policies whose parameters carry the tokens, computers).
import type { ScenarioDevice, ScenarioIntuneTenant, ScenarioJamfInstance, ScenarioTenant } from "../scenario";
import { chance, hex, uuid, type Rng } from "./demo-fleet";

export const INTUNE_ROLES = ["DeviceManagementApps.ReadWrite.All", "DeviceManagementConfiguration.ReadWrite.All", "DeviceManagementManagedDevices.Read.All"];

const addonHost = (tenant: ScenarioTenant) => `addon-${tenant.slug}${tenant.region ? `.${tenant.region}` : ""}.goskope.com`;

/** A Windows install command as DOMAIN.md and APIS.md write it. */
export function msiCommand(tenant: ScenarioTenant, token: string, options: { multiUser?: boolean; idp?: boolean; prelogonUser?: string } = {}): string {
  const parts = ["msiexec /I NSClient.msi", `host=${addonHost(tenant)}`, `token=${tenant.orgKey}`];
  if (options.idp) parts.push("installmode=IDP", `tenant=${tenant.slug}`, `domain=${tenant.region ? `${tenant.region}.` : ""}goskope.com`);
  if (options.multiUser) parts.push("mode=peruserconfig");
  parts.push(`enrollauthtoken=${token}`);
  if (options.prelogonUser) parts.push(`prelogonuser=${options.prelogonUser}@prelogon.netskope.com`);
  parts.push("/qn", "/l*v %PUBLIC%\\nscinstall.log");
  return parts.join(" ");
}

export interface IntuneSpec {
  tenant: ScenarioTenant;
  devices: ScenarioDevice[];
  currentToken: string;
  /** An install command left on an older token (the drift the product should find). */
  driftedToken?: string;
  nowIso: string;
}

export function intuneTenant(rng: Rng, spec: IntuneSpec): ScenarioIntuneTenant {
  const { tenant } = spec;
  const managedDevices = spec.devices.map((device, index) => ({
    id: uuid(rng),
    deviceName: device.hostname,
    operatingSystem: device.os === "windows" ? ("Windows" as const) : ("macOS" as const),
    osVersion: device.osVersion,
    userPrincipalName: device.users[0]?.username ?? "",
    serialNumber: device.serialNumber,
    azureADDeviceId: uuid(rng),
    // A few devices have never synced: Graph writes that as 0001-01-01 [doc].
    lastSyncDateTime: chance(rng, 0.02) ? "0001-01-01T00:00:00Z" : device.lastSeen,
    nsdeviceuid: index % 17 === 16 ? undefined : device.nsdeviceuid,
  }));
  const windows = managedDevices.filter((device) => device.operatingSystem === "Windows");
  const multi = managedDevices.filter((_, index) => spec.devices[index]?.multiUser && spec.devices[index]?.os === "windows");
  const macs = managedDevices.filter((device) => device.operatingSystem === "macOS");
  const groups = [
    { id: uuid(rng), displayName: "Netskope - all Windows devices", managedDeviceIds: windows.map((device) => device.id) },
    { id: uuid(rng), displayName: "Netskope - multi-user workstations", managedDeviceIds: multi.map((device) => device.id) },
    ...(macs.length > 0 ? [{ id: uuid(rng), displayName: "Netskope - Macs", managedDeviceIds: macs.map((device) => device.id) }] : []),
  ];
  const app = (displayName: string, installCommandLine: string) => ({ id: uuid(rng), displayName, publisher: "Netskope", installCommandLine, uninstallCommandLine: "msiexec /x NSClient.msi /qn", lastModifiedDateTime: spec.nowIso });
  const win32Apps = [
    app("Netskope Client", msiCommand(tenant, spec.currentToken)),
    app("Netskope Client (multi-user)", msiCommand(tenant, spec.currentToken, { multiUser: true })),
    app("Netskope Client (IdP)", msiCommand(tenant, spec.currentToken, { idp: true })),
    ...(spec.driftedToken ? [app("Netskope Client (kiosk, NPA prelogon)", msiCommand(tenant, spec.driftedToken, { prelogonUser: "kiosk" }))] : []),
  ];
  return {
    tenantId: uuid(rng),
    name: `${tenant.slug} (Entra ID)`,
    apps: [{ clientId: uuid(rng), clientSecret: `demo-intune-${tenant.slug}-${hex(rng, 24)}`, roles: INTUNE_ROLES }],
    groups,
    managedDevices,
    win32Apps,
    scripts: [],
    pageSize: 100,
  };
}

const INSTALL_SCRIPT = `#!/bin/zsh
# Netskope Client install. $4 addon host, $5 org key, $6 upn|peruserconfig, $7 enrollauthtoken=<token>
/usr/local/bin/netskope-install "$4" "$5" "$6" "$7"
`;
const NSDIAG_SCRIPT = `#!/bin/zsh
# Puts the enrollment token on an installed client (client R124+, runs as root).
"/Library/Application Support/Netskope/STAgent/nsdiag" -e enrollauthtoken="$4"
`;

export interface JamfSpec {
  tenant: ScenarioTenant;
  macs: ScenarioDevice[];
  currentToken: string;
  driftedToken?: string;
}

export function jamfInstance(rng: Rng, spec: JamfSpec): ScenarioJamfInstance {
  const computers = spec.macs.map((device, index) => ({ id: index + 1, name: device.hostname, serialNumber: device.serialNumber, udid: uuid(rng).toUpperCase(), osVersion: device.osVersion, lastContactTime: device.lastSeen, nsdeviceuid: device.nsdeviceuid }));
  const all = computers.map((computer) => computer.id);
  const install = (id: number, name: string, token: string, mode: string, scope: number[]) => ({
    id,
    name,
    enabled: true,
    scripts: [{ id: 1, priority: "After" as const, parameters: { "4": `addon-${spec.tenant.slug}${spec.tenant.region ? `.${spec.tenant.region}` : ""}.goskope.com`, "5": spec.tenant.orgKey, "6": mode, "7": `enrollauthtoken=${token}` } }],
    scope: { allComputers: false, computerIds: scope },
  });
  const policies = [
    install(1, "Netskope Client - install", spec.currentToken, "upn", all),
    ...(spec.driftedToken ? [install(2, "Netskope Client - install (shared Macs)", spec.driftedToken, "peruserconfig", all.slice(0, Math.ceil(all.length / 4)))] : []),
    { id: 3, name: "Netskope - push enrollment token (nsdiag)", enabled: false, scripts: [{ id: 2, priority: "After" as const, parameters: { "4": spec.currentToken } }], scope: { allComputers: false, computerIds: all } },
  ];
  return {
    name: spec.tenant.slug,
    clients: [{ clientId: `demo-jamf-${spec.tenant.slug}-${hex(rng, 8)}`, clientSecret: `demo-jamf-secret-${hex(rng, 24)}` }],
    scripts: [
      { id: 1, name: "Netskope Client - install", scriptContents: INSTALL_SCRIPT, parameterLabels: { "4": "Addon host", "5": "Org key", "6": "upn or peruserconfig", "7": "enrollauthtoken=<token>" } },
      { id: 2, name: "Netskope - nsdiag enroll token", scriptContents: NSDIAG_SCRIPT, parameterLabels: { "4": "Authentication token" } },
    ],
    policies,
    computers,
    tokenLifetimeSec: 1200,
  };
}
