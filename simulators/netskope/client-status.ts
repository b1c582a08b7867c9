// Client-status records as Netskope reports them [sdk field list], built from the simulated devices:
// one record per device and enrolled user (a device without users gives one record without user).
import type { ScenarioDevice } from "../scenario";
import type { TenantState } from "../state";

/** Dotted columns of the CSV export, in order. */
export const CLIENT_STATUS_COLUMNS = [
  "device_id",
  "client_version",
  "client_install_time",
  "device_classification",
  "last_event_timestamp",
  "host_info.hostname",
  "host_info.nsdeviceuid",
  "host_info.os",
  "host_info.os_version",
  "host_info.device_make",
  "host_info.device_model",
  "host_info.serial_number",
  "host_info.managementID",
  "user_info.username",
  "user_info.userkey",
  "user_info.orgkey",
  "last_seen_device_event.event",
  "last_seen_device_event.status",
  "last_seen_device_event.actor",
  "last_seen_device_event.timestamp",
  "last_seen_device_event.event_details",
] as const;

export type ClientStatusRecord = Record<string, unknown>;

const seconds = (iso: string | undefined) => (iso ? Math.floor(Date.parse(iso) / 1000) : null);

function lastEvent(tenant: TenantState, device: ScenarioDevice): Record<string, unknown> {
  const attempt = [...tenant.attempts].reverse().find((item) => item.nsdeviceuid === device.nsdeviceuid);
  if (attempt) {
    return { event: "Enrollment", status: attempt.outcome === "enrolls" ? "Success" : "Failed", actor: attempt.user, timestamp: seconds(attempt.at), event_details: attempt.reasons.join("; ") };
  }
  return { event: "Tunnel Up", status: "Success", actor: device.users[0]?.username ?? null, timestamp: seconds(device.lastSeen), event_details: "" };
}

export function clientStatusRecords(tenant: TenantState, device: ScenarioDevice): ClientStatusRecord[] {
  const base = {
    device_id: device.nsdeviceuid,
    client_version: device.clientVersion,
    client_install_time: seconds(device.installedAt),
    device_classification: device.classification,
    last_event_timestamp: seconds(device.lastSeen),
    host_info: {
      hostname: device.hostname,
      nsdeviceuid: device.nsdeviceuid,
      os: device.os === "windows" ? "Windows" : "Mac OS X",
      os_version: device.osVersion,
      device_make: device.make ?? (device.os === "macos" ? "Apple" : "HP"),
      device_model: device.model ?? (device.os === "macos" ? "MacBookPro18,3" : "EliteBook 840 G8"),
      serial_number: device.serialNumber,
      managementID: `mgmt-${device.nsdeviceuid.slice(0, 8)}`,
    },
    last_seen_device_event: lastEvent(tenant, device),
  };
  const users = device.users.length > 0 ? device.users : [null];
  return users.map((user) => ({
    ...base,
    user_info: user ? { username: user.username, userkey: user.userkey ?? `uk-${user.username}`, orgkey: tenant.orgKey } : null,
  }));
}

/** A dotted field of a record ("host_info.os"). */
export function fieldOf(record: ClientStatusRecord, dotted: string): unknown {
  let node: unknown = record;
  for (const key of dotted.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The CSV cells of a record: lists joined by "|" [sdk], null as empty. */
export function csvCells(record: ClientStatusRecord): string[] {
  return CLIENT_STATUS_COLUMNS.map((column) => {
    const value = fieldOf(record, column);
    if (value === null || value === undefined) return "";
    return Array.isArray(value) ? value.join("|") : String(value);
  });
}

/** RFC 4180 CSV, quoting only where needed; written here rather than shared with the client so the two are checked against each other. */
export function writeCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
