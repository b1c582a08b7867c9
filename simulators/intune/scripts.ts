// Graph beta: device management scripts (Windows) and shell scripts (macOS): create, get, list,
// assign to groups, per-device run states [doc]. Assigning a script that runs `nsdiag -e` plans a run
// on every targeted device (mdm-runs.ts): pending for a while, then success or failure.
import { randomUUID } from "node:crypto";
import { parseNsdiagPush, planRun, runStateAt } from "../mdm-runs";
import { bodyJson, empty, json, type Router } from "../router";
import type { IntuneScriptState, IntuneState, SimState } from "../state";
import { graphError, graphPage, graphRoute } from "./graph";

const READ = ["DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All", "DeviceManagementScripts.Read.All", "DeviceManagementScripts.ReadWrite.All"];
const WRITE = ["DeviceManagementConfiguration.ReadWrite.All", "DeviceManagementScripts.ReadWrite.All"];
const KINDS = { deviceManagementScripts: "windows", deviceShellScripts: "macos" } as const;

function scriptJson(script: IntuneScriptState, withContent: boolean) {
  const odataType = script.platform === "windows" ? "#microsoft.graph.deviceManagementScript" : "#microsoft.graph.deviceShellScript";
  return {
    "@odata.type": odataType,
    id: script.id,
    displayName: script.displayName,
    description: script.description,
    scriptContent: withContent ? Buffer.from(script.content, "utf8").toString("base64") : null,
    runAsAccount: script.runAsAccount,
    fileName: script.fileName,
    createdDateTime: script.createdDateTime,
    lastModifiedDateTime: script.lastModifiedDateTime,
  };
}

function scheduleRuns(state: SimState, tenant: IntuneState, script: IntuneScriptState): void {
  const push = parseNsdiagPush(script.content);
  const targets = new Set(tenant.groups.filter((group) => script.groupIds.includes(group.id)).flatMap((group) => group.managedDeviceIds));
  const platform = script.platform === "windows" ? "Windows" : "macOS";
  const { failureRate, minDelaySec, maxDelaySec } = state.scenario.nsdiag;
  script.runs = [...targets].flatMap((id) => {
    const managed = tenant.managedDevices.find((device) => device.id === id);
    if (!managed || managed.operatingSystem !== platform) return [];
    const device = state.linkDevice(managed.nsdeviceuid, managed.serialNumber);
    return [planRun({ seed: state.scenario.seed, failureRate, minDelaySec, maxDelaySec, source: "intune-script", sourceId: script.id, targetId: id, device, push, runsAsAdmin: script.runAsAccount === "system", now: state.now() })];
  });
}

export function registerScriptRoutes(router: Router): void {
  for (const [collection, platform] of Object.entries(KINDS)) {
    const base = `/graph/beta/deviceManagement/${collection}`;
    router.add(
      "POST",
      base,
      graphRoute(WRITE, true, (req, state, tenant) => {
        const body = bodyJson(req) as Record<string, unknown> | undefined;
        if (!body || typeof body.displayName !== "string" || typeof body.scriptContent !== "string" || typeof body.fileName !== "string") {
          return graphError(400, "BadRequest", "displayName, scriptContent (base64) and fileName are required.");
        }
        const now = state.nowIso();
        const script: IntuneScriptState = {
          id: randomUUID(),
          platform,
          displayName: body.displayName,
          description: typeof body.description === "string" ? body.description : "",
          fileName: body.fileName,
          content: Buffer.from(body.scriptContent, "base64").toString("utf8"),
          runAsAccount: body.runAsAccount === "user" ? "user" : "system",
          createdDateTime: now,
          lastModifiedDateTime: now,
          groupIds: [],
          runs: [],
        };
        tenant.scripts.set(script.id, script);
        return json(201, scriptJson(script, true));
      }),
    );
    router.add("GET", base, graphRoute(READ, false, (req, _state, tenant) => graphPage(req, [...tenant.scripts.values()].filter((s) => s.platform === platform).map((s) => scriptJson(s, false)), tenant.pageSize, collection)));
    router.add(
      "GET",
      `${base}/:id`,
      graphRoute(READ, false, (req, _state, tenant) => {
        const script = tenant.scripts.get(req.params.id ?? "");
        return script && script.platform === platform ? json(200, scriptJson(script, true)) : graphError(404, "ResourceNotFound", "script not found");
      }),
    );
    router.add(
      "POST",
      `${base}/:id/assign`,
      graphRoute(WRITE, true, (req, state, tenant) => {
        const script = tenant.scripts.get(req.params.id ?? "");
        if (!script || script.platform !== platform) return graphError(404, "ResourceNotFound", "script not found");
        const body = bodyJson(req) as { deviceManagementScriptAssignments?: Array<{ target?: { groupId?: unknown } }> } | undefined;
        const assignments = body?.deviceManagementScriptAssignments;
        if (!Array.isArray(assignments)) return graphError(400, "BadRequest", "deviceManagementScriptAssignments is required.");
        const groupIds = assignments.map((item) => item.target?.groupId).filter((id): id is string => typeof id === "string");
        if (groupIds.some((id) => !tenant.groups.some((group) => group.id === id))) return graphError(400, "BadRequest", "unknown groupId");
        // Assign replaces the assignment set; runs already decided for a device are kept.
        const previous = new Map(script.runs.map((run) => [run.targetId, run]));
        script.groupIds = groupIds;
        scheduleRuns(state, tenant, script);
        script.runs = script.runs.map((run) => previous.get(run.targetId) ?? run);
        return empty(204);
      }),
    );
    router.add(
      "GET",
      `${base}/:id/deviceRunStates`,
      graphRoute(READ, false, (req, state, tenant) => {
        const script = tenant.scripts.get(req.params.id ?? "");
        if (!script || script.platform !== platform) return graphError(404, "ResourceNotFound", "script not found");
        const expand = req.query.get("$expand") === "managedDevice";
        const now = state.now();
        const states = script.runs.map((run) => {
          const at = runStateAt(run, now);
          const managed = tenant.managedDevices.find((device) => device.id === run.targetId);
          return {
            id: `${script.id}:${run.targetId}`,
            runState: at.state,
            resultMessage: at.message,
            errorCode: at.errorCode,
            errorDescription: at.message,
            lastStateUpdateDateTime: new Date(at.updatedAt).toISOString(),
            ...(expand && managed ? { managedDevice: { id: managed.id, deviceName: managed.deviceName, serialNumber: managed.serialNumber, operatingSystem: managed.operatingSystem } } : {}),
          };
        });
        return graphPage(req, states, tenant.pageSize, `${collection}('${script.id}')/deviceRunStates`);
      }),
    );
  }
}
