// Netskope JSON → our types (lib/integrations/types.ts).
import { blankToNull, osFromName, toIsoTime } from "../normalize";
import type { ClassificationRule, ClassificationTag, ClientStatusDevice, TokenSet, V1ClientDevice } from "../types";
import type { ClassificationRulePayload, ClassificationTagPayload, ClientStatusPayload, TokenSetPayload, V1ClientPayload } from "./schemas";

export function toTokenSet(payload: TokenSetPayload): TokenSet {
  const enforce = payload.enforce_status;
  return {
    id: payload.tsid,
    createdAt: toIsoTime(payload.created_date),
    // "" means "no such token" [sdk: encrypt_token is "" when none].
    authToken: blankToNull(payload.auth_token),
    encryptionToken: blankToNull(payload.encrypt_token),
    validUntil: toIsoTime(payload.valid_till),
    enforced: enforce === 1 || enforce === true || enforce === "1",
  };
}

function classificationList(value: string | string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : value.split("|");
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export function toClientStatusDevice(payload: ClientStatusPayload): ClientStatusDevice {
  const host = payload.host_info ?? {};
  // A CSV export has every column on every row: an all-empty group means "absent".
  const user = payload.user_info && Object.values(payload.user_info).some((value) => blankToNull(value === undefined || value === null ? null : String(value)) !== null) ? payload.user_info : null;
  const event = payload.last_seen_device_event && Object.values(payload.last_seen_device_event).some((value) => blankToNull(value === undefined || value === null ? null : String(value)) !== null) ? payload.last_seen_device_event : null;
  return {
    deviceId: blankToNull(payload.device_id),
    nsdeviceuid: blankToNull(host.nsdeviceuid),
    hostname: blankToNull(host.hostname),
    os: osFromName(host.os),
    osName: blankToNull(host.os),
    osVersion: blankToNull(host.os_version),
    serialNumber: blankToNull(host.serial_number),
    make: blankToNull(host.device_make),
    model: blankToNull(host.device_model),
    managementId: blankToNull(host.managementID),
    clientVersion: blankToNull(payload.client_version),
    clientInstalledAt: toIsoTime(payload.client_install_time),
    classification: classificationList(payload.device_classification),
    lastEventAt: toIsoTime(payload.last_event_timestamp),
    user: user ? { username: blankToNull(user.username), userKey: blankToNull(user.userkey), orgKey: blankToNull(user.orgkey) } : null,
    lastDeviceEvent: event
      ? {
          event: blankToNull(event.event),
          status: blankToNull(event.status),
          actor: blankToNull(event.actor),
          at: toIsoTime(event.timestamp),
          details: blankToNull(event.event_details),
        }
      : null,
  };
}

export function toV1ClientDevice(payload: V1ClientPayload): V1ClientDevice {
  const host = payload.host_info ?? {};
  const users = (payload.users ?? []).map((user) => ({
    username: blankToNull(user.username),
    clientVersion: blankToNull(user.client_version),
    classificationStatus: blankToNull(user.device_classification_status),
    addedAt: toIsoTime(user.user_added_time),
    lastEvent: typeof user.last_event === "object" && user.last_event !== null ? blankToNull(user.last_event.event) : blankToNull(user.last_event),
  }));
  return {
    deviceId: blankToNull(payload.device_id) ?? blankToNull(payload._id),
    nsdeviceuid: blankToNull(host.nsdeviceuid),
    hostname: blankToNull(host.hostname),
    os: osFromName(host.os),
    osName: blankToNull(host.os),
    osVersion: blankToNull(host.os_version),
    serialNumber: blankToNull(host.serial_number),
    users,
    userCount: users.length,
  };
}

export function toClassificationTag(payload: ClassificationTagPayload): ClassificationTag {
  return { id: payload.id, name: payload.name, description: blankToNull(payload.description) };
}

export function toClassificationRule(payload: ClassificationRulePayload): ClassificationRule {
  return { id: payload.id ?? null, name: payload.name, label: payload.label, os: payload.os, conditions: payload.conditions };
}
