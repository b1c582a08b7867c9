// Jamf Pro JSON and parsed Classic XML → our types (lib/integrations/types.ts).
import { blankToNull, toIsoTime } from "../normalize";
import type { JamfComputer, JamfPolicy, JamfPolicySummary, JamfScript } from "../types";
import { parametersOf } from "./policy-xml";
import type { ComputerPayload, PolicyListXml, PolicyXml, ScriptPayload } from "./schemas";

export function toJamfScript(payload: ScriptPayload): JamfScript {
  return { id: payload.id, name: payload.name, contents: payload.scriptContents ?? null, parameterLabels: parametersOf(payload) };
}

export function toJamfComputer(payload: ComputerPayload): JamfComputer {
  return {
    id: payload.id,
    name: blankToNull(payload.general?.name),
    serialNumber: blankToNull(payload.hardware?.serialNumber),
    udid: blankToNull(payload.udid),
    osVersion: blankToNull(payload.operatingSystem?.version),
    lastContactAt: toIsoTime(payload.general?.lastContactTime),
    managementId: blankToNull(payload.general?.managementId),
  };
}

const ids = (items: { id?: string | null }[] | undefined): string[] => (items ?? []).flatMap((item) => (item.id ? [item.id] : []));

export function toJamfPolicy(payload: PolicyXml): JamfPolicy {
  const { general, scope, scripts } = payload.policy;
  const scriptList = scripts && typeof scripts === "object" ? (scripts.script ?? []) : [];
  const computers = scope?.computers && typeof scope.computers === "object" ? scope.computers.computer : undefined;
  const groups = scope?.computer_groups && typeof scope.computer_groups === "object" ? scope.computer_groups.computer_group : undefined;
  return {
    id: general.id ?? "",
    name: general.name ?? "",
    enabled: general.enabled === "true",
    scripts: scriptList.map((script) => ({
      id: script.id ?? "",
      name: blankToNull(script.name),
      priority: blankToNull(script.priority),
      parameters: parametersOf(script),
    })),
    scope: { allComputers: scope?.all_computers === "true", computerIds: ids(computers), computerGroupIds: ids(groups) },
  };
}

export function toJamfPolicySummaries(payload: PolicyListXml): JamfPolicySummary[] {
  const list = typeof payload.policies === "object" ? (payload.policies.policy ?? []) : [];
  return list.flatMap((item) => (item.id ? [{ id: item.id, name: item.name ?? "" }] : []));
}
