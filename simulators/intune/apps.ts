// Graph v1.0: Win32 apps (get, list, PATCH installCommandLine) and managed devices [doc].
import { bodyJson, empty, json, type Router } from "../router";
import type { IntuneState } from "../state";
import { graphError, graphPage, graphRoute } from "./graph";

const APPS_READ = ["DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All"];
const APPS_WRITE = ["DeviceManagementApps.ReadWrite.All"];
const DEVICES_READ = ["DeviceManagementManagedDevices.Read.All", "DeviceManagementManagedDevices.ReadWrite.All"];
const WIN32 = "#microsoft.graph.win32LobApp";

function appJson(app: IntuneState["win32Apps"][number]) {
  return { "@odata.type": WIN32, ...app, createdDateTime: app.lastModifiedDateTime, isAssigned: true };
}

/** The managedDevices `$filter` forms the simulator understands: `operatingSystem eq '...'` and `serialNumber eq '...'`. */
function deviceFilter(filter: string | null): ((device: Record<string, unknown>) => boolean) | null {
  if (!filter) return () => true;
  const match = /^\s*(operatingSystem|serialNumber|deviceName)\s+eq\s+'([^']*)'\s*$/.exec(filter);
  if (!match) return null;
  return (device) => device[match[1] ?? ""] === match[2];
}

export function registerAppRoutes(router: Router): void {
  const apps = "/graph/v1.0/deviceAppManagement/mobileApps";
  router.add(
    "GET",
    apps,
    graphRoute(APPS_READ, false, (req, _state, tenant) => {
      const filter = req.query.get("$filter");
      // Only Win32 apps are simulated, so the isof filter selects them all.
      if (filter && !/^\(?isof\('microsoft\.graph\.win32LobApp'\)\)?$/.test(filter.replace(/\s/g, ""))) return graphError(400, "BadRequest", "Unsupported $filter in the simulator.");
      return graphPage(req, tenant.win32Apps.map(appJson), tenant.pageSize, "$metadata#deviceAppManagement/mobileApps");
    }),
  );
  router.add(
    "GET",
    `${apps}/:id`,
    graphRoute(APPS_READ, false, (req, _state, tenant) => {
      const app = tenant.win32Apps.find((candidate) => candidate.id === req.params.id);
      return app ? json(200, appJson(app)) : graphError(404, "ResourceNotFound", `mobileApp ${req.params.id} not found`);
    }),
  );
  router.add(
    "PATCH",
    `${apps}/:id`,
    graphRoute(APPS_WRITE, true, (req, state, tenant) => {
      const app = tenant.win32Apps.find((candidate) => candidate.id === req.params.id);
      if (!app) return graphError(404, "ResourceNotFound", `mobileApp ${req.params.id} not found`);
      const body = bodyJson(req) as Record<string, unknown> | undefined;
      // Graph requires @odata.type on a PATCH of a derived type [doc].
      if (!body || body["@odata.type"] !== WIN32) return graphError(400, "BadRequest", "@odata.type #microsoft.graph.win32LobApp is required.");
      if (body.installCommandLine !== undefined) {
        if (typeof body.installCommandLine !== "string" || !body.installCommandLine.trim()) return graphError(400, "BadRequest", "installCommandLine must be a non-empty string.");
        app.installCommandLine = body.installCommandLine;
      }
      app.lastModifiedDateTime = state.nowIso();
      return empty(204);
    }),
  );

  router.add(
    "GET",
    "/graph/v1.0/deviceManagement/managedDevices",
    graphRoute(DEVICES_READ, false, (req, _state, tenant) => {
      const filter = deviceFilter(req.query.get("$filter"));
      if (!filter) return graphError(400, "BadRequest", "Unsupported $filter in the simulator.");
      const select = req.query.get("$select")?.split(",").map((field) => field.trim());
      const devices = tenant.managedDevices
        .map(({ nsdeviceuid: _link, ...device }) => device as Record<string, unknown>)
        .filter(filter)
        .map((device) => (select ? Object.fromEntries(select.map((field) => [field, device[field] ?? null])) : device));
      return graphPage(req, devices, tenant.pageSize, "$metadata#deviceManagement/managedDevices");
    }),
  );
}
