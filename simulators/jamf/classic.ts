// Jamf Classic API policies (XML) [doc]. Reading and writing go through fast-xml-parser; a PUT may
// change `<general>` name/enabled, `<scope>` computers and the whole `<scripts>` list. A PUT that
// leaves an enabled policy running an `nsdiag -e` script plans a run on every computer in scope.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { parseNsdiagPush, planRun } from "../mdm-runs";
import { xml, type Router } from "../router";
import type { JamfState, SimState } from "../state";
import { jamfRoute } from "./guard";

type Policy = JamfState["policies"][number];
const PARAMS = ["4", "5", "6", "7", "8", "9", "10", "11"] as const;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const builder = new XMLBuilder({ ignoreAttributes: true, suppressEmptyNode: false });
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, jpath) => jpath === "policy.scripts.script" || jpath === "policy.scope.computers.computer",
});

function policyXml(instance: JamfState, policy: Policy): string {
  const computers = policy.scope.computerIds.map((id) => ({ id: String(id), name: instance.computers.find((computer) => computer.id === id)?.name ?? "" }));
  const script = policy.scripts.map((entry) => ({
    id: String(entry.id),
    name: instance.scripts.find((candidate) => candidate.id === entry.id)?.name ?? "",
    priority: entry.priority,
    ...Object.fromEntries(PARAMS.map((n) => [`parameter${n}`, entry.parameters[n] ?? ""])),
  }));
  return (
    DECLARATION +
    builder.build({
      policy: {
        general: { id: String(policy.id), name: policy.name, enabled: String(policy.enabled), trigger: "CHECKIN", frequency: "Once per computer" },
        scope: { all_computers: String(policy.scope.allComputers), computers: computers.length > 0 ? { computer: computers } : "", computer_groups: "" },
        scripts: { size: String(script.length), ...(script.length > 0 ? { script } : {}) },
      },
    })
  );
}

function classicError(status: number, message: string) {
  return xml(status, `${DECLARATION}${builder.build({ error: { message } })}`);
}

type Parsed = { policy?: { general?: { name?: string; enabled?: string }; scope?: { computers?: { computer?: Array<{ id?: string }> } | string }; scripts?: { script?: Array<Record<string, string>> } | string } };

function applyPut(instance: JamfState, policy: Policy, parsed: Parsed): string | null {
  const body = parsed.policy;
  if (!body) return "body must be a <policy> document";
  // Validate everything before changing anything: a refused PUT leaves the policy as it was.
  let scripts: Policy["scripts"] | undefined;
  if (body.scripts !== undefined) {
    scripts = [];
    for (const entry of typeof body.scripts === "object" ? (body.scripts.script ?? []) : []) {
      const id = Number(entry.id);
      if (!instance.scripts.some((script) => script.id === id)) return `Problem with script id ${entry.id ?? ""}`;
      const parameters: Policy["scripts"][number]["parameters"] = {};
      for (const n of PARAMS) if (entry[`parameter${n}`]) parameters[n] = entry[`parameter${n}`];
      scripts.push({ id, priority: entry.priority === "Before" ? "Before" : "After", parameters });
    }
  }
  if (scripts) policy.scripts = scripts;
  if (body.general?.name !== undefined) policy.name = body.general.name;
  if (body.general?.enabled !== undefined) policy.enabled = body.general.enabled === "true";
  if (body.scope?.computers !== undefined) {
    const list = typeof body.scope.computers === "object" ? (body.scope.computers.computer ?? []) : [];
    policy.scope.computerIds = list.map((computer) => Number(computer.id)).filter((id) => instance.computers.some((computer) => computer.id === id));
  }
  return null;
}

/** Plans nsdiag runs for the computers in scope; a new PUT supersedes runs that have not finished. */
function scheduleRuns(state: SimState, instance: JamfState, policy: Policy): void {
  instance.runs = instance.runs.filter((run) => run.sourceId !== `policy-${policy.id}` || run.applied);
  if (!policy.enabled) return;
  const push = policy.scripts.map((entry) => {
    const script = instance.scripts.find((candidate) => candidate.id === entry.id);
    return script ? parseNsdiagPush(script.scriptContents, entry.parameters) : null;
  }).find((found) => found !== null);
  if (!push) return;
  const targets = policy.scope.allComputers ? instance.computers : instance.computers.filter((computer) => policy.scope.computerIds.includes(computer.id));
  const { failureRate, minDelaySec, maxDelaySec } = state.scenario.nsdiag;
  for (const computer of targets) {
    const device = state.linkDevice(computer.nsdeviceuid, computer.serialNumber);
    // Jamf policies run as root.
    instance.runs.push(planRun({ seed: state.scenario.seed, failureRate, minDelaySec, maxDelaySec, source: "jamf-policy", sourceId: `policy-${policy.id}`, targetId: String(computer.id), device, push, runsAsAdmin: true, now: state.now() }));
  }
}

export function registerJamfClassicRoutes(router: Router): void {
  router.add(
    "GET",
    "/jamf/:instance/JSSResource/policies",
    jamfRoute("Read Policies", true, (_req, _state, instance) => {
      const policy = instance.policies.map((item) => ({ id: String(item.id), name: item.name }));
      return xml(200, DECLARATION + builder.build({ policies: { size: String(policy.length), ...(policy.length > 0 ? { policy } : {}) } }));
    }),
  );
  const one = "/jamf/:instance/JSSResource/policies/id/:id";
  router.add("GET", one, jamfRoute("Read Policies", true, (req, _state, instance) => {
    const policy = instance.policies.find((item) => String(item.id) === req.params.id);
    return policy ? xml(200, policyXml(instance, policy)) : classicError(404, "The server has not found anything matching the request URI");
  }));
  router.add(
    "PUT",
    one,
    jamfRoute("Update Policies", true, (req, state, instance) => {
      const policy = instance.policies.find((item) => String(item.id) === req.params.id);
      if (!policy) return classicError(404, "The server has not found anything matching the request URI");
      let parsed: Parsed;
      try {
        parsed = parser.parse(req.body) as Parsed;
      } catch {
        return classicError(400, "malformed XML");
      }
      const problem = applyPut(instance, policy, parsed);
      if (problem) return classicError(409, problem);
      scheduleRuns(state, instance, policy);
      return xml(201, `${DECLARATION}${builder.build({ policy: { id: String(policy.id) } })}`);
    }),
  );
}
