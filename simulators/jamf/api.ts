// Jamf Pro API (JSON): scripts and the computers inventory, paged with page / page-size [doc].
import { bodyJson, empty, json, type Router, type SimRequest } from "../router";
import type { JamfState } from "../state";
import { jamfError, jamfRoute } from "./guard";

type Script = JamfState["scripts"][number];
const PARAMS = ["4", "5", "6", "7", "8", "9", "10", "11"] as const;

function scriptJson(script: Script) {
  const labels = Object.fromEntries(PARAMS.map((n) => [`parameter${n}`, script.parameterLabels[n] ?? ""]));
  return { id: String(script.id), name: script.name, info: "", notes: "", priority: "AFTER", categoryId: "-1", categoryName: "NONE", osRequirements: "", ...labels, scriptContents: script.scriptContents };
}

function page(req: SimRequest, items: unknown[]) {
  const size = Math.max(1, Math.min(2000, Number(req.query.get("page-size") ?? "100") || 100));
  const index = Math.max(0, Number(req.query.get("page") ?? "0") || 0);
  return json(200, { totalCount: items.length, results: items.slice(index * size, index * size + size) });
}

function applyScriptBody(script: Script, body: Record<string, unknown>): string | null {
  if (typeof body.name !== "string" || !body.name.trim()) return "name is required";
  if (body.scriptContents !== undefined && typeof body.scriptContents !== "string") return "scriptContents must be a string";
  script.name = body.name;
  if (typeof body.scriptContents === "string") script.scriptContents = body.scriptContents;
  for (const n of PARAMS) {
    const label = body[`parameter${n}`];
    if (typeof label === "string") {
      if (label) script.parameterLabels[n] = label;
      else delete script.parameterLabels[n];
    }
  }
  return null;
}

export function registerJamfApiRoutes(router: Router): void {
  const scripts = "/jamf/:instance/api/v1/scripts";
  router.add("GET", scripts, jamfRoute("Read Scripts", false, (req, _state, instance) => page(req, [...instance.scripts].sort((a, b) => a.id - b.id).map(scriptJson))));
  router.add(
    "POST",
    scripts,
    jamfRoute("Create Scripts", false, (req, _state, instance) => {
      const body = bodyJson(req);
      if (!body || typeof body !== "object") return jamfError(400, "INVALID_FIELD", "body must be a script object");
      const script: Script = { id: instance.nextScriptId++, name: "", scriptContents: "", parameterLabels: {} };
      const problem = applyScriptBody(script, body as Record<string, unknown>);
      if (problem) return jamfError(400, "INVALID_FIELD", problem);
      instance.scripts.push(script);
      return json(201, { id: String(script.id), href: `${req.origin}/jamf/${instance.name}/api/v1/scripts/${script.id}` });
    }),
  );
  const one = `${scripts}/:id`;
  const find = (instance: JamfState, id: string | undefined) => instance.scripts.find((script) => String(script.id) === id);
  router.add("GET", one, jamfRoute("Read Scripts", false, (req, _state, instance) => {
    const script = find(instance, req.params.id);
    return script ? json(200, scriptJson(script)) : jamfError(404, "INVALID_ID", "Script not found");
  }));
  router.add(
    "PUT",
    one,
    jamfRoute("Update Scripts", false, (req, _state, instance) => {
      const script = find(instance, req.params.id);
      if (!script) return jamfError(404, "INVALID_ID", "Script not found");
      const body = bodyJson(req);
      if (!body || typeof body !== "object") return jamfError(400, "INVALID_FIELD", "body must be a script object");
      const problem = applyScriptBody(script, body as Record<string, unknown>);
      return problem ? jamfError(400, "INVALID_FIELD", problem) : json(200, scriptJson(script));
    }),
  );
  router.add("DELETE", one, jamfRoute("Delete Scripts", false, (req, _state, instance) => {
    const script = find(instance, req.params.id);
    if (!script) return jamfError(404, "INVALID_ID", "Script not found");
    instance.scripts = instance.scripts.filter((item) => item !== script);
    return empty(204);
  }));

  router.add(
    "GET",
    "/jamf/:instance/api/v2/computers-inventory",
    jamfRoute("Read Computers", false, (req, _state, instance) => {
      const sections = new Set(req.query.getAll("section").map((section) => section.toUpperCase()));
      if (sections.size === 0) sections.add("GENERAL");
      const results = [...instance.computers]
        .sort((a, b) => a.id - b.id)
        .map((computer) => ({
          id: String(computer.id),
          udid: computer.udid,
          general: sections.has("GENERAL") ? { name: computer.name, lastContactTime: computer.lastContactTime, platform: "Mac", managementId: `mgmt-${computer.udid.slice(0, 8)}` } : null,
          hardware: sections.has("HARDWARE") ? { serialNumber: computer.serialNumber, model: "MacBook Pro" } : null,
          operatingSystem: sections.has("OPERATING_SYSTEM") ? { name: "macOS", version: computer.osVersion } : null,
        }));
      return page(req, results);
    }),
  );
}
