// Win32 apps and managed devices (Graph v1.0) [doc].
import { IntegrationError } from "../errors";
import { parseWith, tryJson } from "../http-support";
import type { ManagedDevice, Win32App } from "../types";
import { allGraphPages, type IntuneContext } from "./context";
import { ManagedDevicePayload, Win32AppPayload } from "./schemas";
import { toManagedDevice, toWin32App } from "./transform";

export interface CallOptions {
  signal?: AbortSignal;
}

const APP = "v1.0/deviceAppManagement/mobileApps/{id}";
const APPS = "v1.0/deviceAppManagement/mobileApps";
const WIN32 = "#microsoft.graph.win32LobApp";

function appPath(id: string): string {
  return `v1.0/deviceAppManagement/mobileApps/${encodeURIComponent(id)}`;
}

/** GET /v1.0/deviceAppManagement/mobileApps/{id}; an app of another type is `not_found` as a Win32 app. */
export async function getWin32App(ctx: IntuneContext, id: string, options: CallOptions = {}): Promise<Win32App> {
  const response = await ctx.graph.request({ method: "GET", path: appPath(id), endpoint: APP, signal: options.signal });
  const app = parseWith(Win32AppPayload, tryJson(response.body), "intune", APP);
  if (app["@odata.type"] !== undefined && app["@odata.type"] !== WIN32) {
    throw new IntegrationError({ code: "not_found", vendor: "intune", endpoint: APP, status: 200, message: `intune ${APP}: app is ${app["@odata.type"]}, not a Win32 app` });
  }
  return toWin32App(app);
}

/** GET /v1.0/deviceAppManagement/mobileApps?$filter=isof('microsoft.graph.win32LobApp'), every page. */
export async function listWin32Apps(ctx: IntuneContext, options: CallOptions = {}): Promise<Win32App[]> {
  const apps = await allGraphPages(ctx, APPS, APPS, Win32AppPayload, { $filter: "isof('microsoft.graph.win32LobApp')" }, options.signal);
  // The filter is honoured by Graph; the type check keeps us right if a proxy or an older API ignores it.
  return apps.filter((app) => app["@odata.type"] === undefined || app["@odata.type"] === WIN32).map(toWin32App);
}

/**
 * PATCH /v1.0/deviceAppManagement/mobileApps/{id} with the new `installCommandLine`; Graph answers
 * 204 (or 200 with the app) [doc]. Sets an absolute value, so a retry is harmless. Returns the app as read back.
 */
export async function updateInstallCommandLine(ctx: IntuneContext, id: string, installCommandLine: string, options: CallOptions = {}): Promise<Win32App> {
  const response = await ctx.graph.request({
    method: "PATCH",
    path: appPath(id),
    endpoint: APP,
    json: { "@odata.type": WIN32, installCommandLine },
    idempotent: true,
    signal: options.signal,
  });
  const body = tryJson(response.body);
  if (response.status === 200 && body !== undefined) return toWin32App(parseWith(Win32AppPayload, body, "intune", APP));
  return getWin32App(ctx, id, options);
}

const DEVICES = "v1.0/deviceManagement/managedDevices";
const DEVICE_FIELDS = "id,deviceName,operatingSystem,osVersion,userPrincipalName,serialNumber,lastSyncDateTime,azureADDeviceId";

/** GET /v1.0/deviceManagement/managedDevices, following `@odata.nextLink`; `filter` is an OData `$filter`. */
export async function listManagedDevices(ctx: IntuneContext, input: { filter?: string } = {}, options: CallOptions = {}): Promise<ManagedDevice[]> {
  const query: Record<string, string> = { $select: DEVICE_FIELDS };
  if (input.filter) query.$filter = input.filter;
  return (await allGraphPages(ctx, DEVICES, DEVICES, ManagedDevicePayload, query, options.signal)).map(toManagedDevice);
}
