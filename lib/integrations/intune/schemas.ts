// Zod schemas of the Microsoft Graph JSON we read (APIS.md, "Microsoft Intune"). Unknown fields are
// dropped; fields the docs list as optional are nullish.
import { z } from "zod";

/** A Graph collection page: `value` plus `@odata.nextLink` while more pages remain [doc]. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ value: z.array(item), "@odata.nextLink": z.string().nullish() });
}

const str = z.string().nullish();

export const Win32AppPayload = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  displayName: z.string(),
  publisher: str,
  installCommandLine: str,
  uninstallCommandLine: str,
  lastModifiedDateTime: str,
});
export type Win32AppPayload = z.infer<typeof Win32AppPayload>;

/** deviceManagementScript (Windows) and deviceShellScript (macOS) share these fields [doc]. */
export const ScriptPayload = z.object({
  id: z.string(),
  displayName: z.string(),
  description: str,
  /** base64; Graph omits it from list responses. */
  scriptContent: str,
  runAsAccount: str,
  fileName: str,
  createdDateTime: str,
  lastModifiedDateTime: str,
});
export type ScriptPayload = z.infer<typeof ScriptPayload>;

export const ManagedDevicePayload = z.object({
  id: z.string(),
  deviceName: str,
  operatingSystem: str,
  osVersion: str,
  userPrincipalName: str,
  serialNumber: str,
  lastSyncDateTime: str,
  azureADDeviceId: str,
});
export type ManagedDevicePayload = z.infer<typeof ManagedDevicePayload>;

/** `GET .../deviceRunStates?$expand=managedDevice` [doc]; runState values beyond the documented six are kept as "unknown". */
export const RunStatePayload = z.object({
  id: z.string(),
  runState: z.string().nullish(),
  resultMessage: str,
  lastStateUpdateDateTime: str,
  errorCode: z.number().nullish(),
  managedDevice: ManagedDevicePayload.partial().extend({ id: z.string() }).nullish(),
});
export type RunStatePayload = z.infer<typeof RunStatePayload>;
