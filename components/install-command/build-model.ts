// The builder's model: which fields apply to the chosen OS and install mode, and the command (Windows)
// or Jamf script parameters (macOS) they compose, through the domain's validated builders. The values
// live in component state only: nothing is stored or sent anywhere.
import type { z } from "zod";
import { buildJamfParameters, buildMsiexecCommand, DEFAULT_LOG_PATH, JamfOptions, MsiexecOptions, type JamfParameters } from "@/lib/domain/install-command";

export type BuilderField = "addonHost" | "orgKey" | "idpTenant" | "idpDomain" | "authToken" | "encryptionToken" | "prelogonUser" | "msiPath" | "logPath";

export interface BuilderState extends Record<BuilderField, string> {
  os: "windows" | "macos";
  installMode: "upn" | "idp";
  multiUser: boolean;
}

export const INITIAL_BUILDER: BuilderState = {
  os: "windows",
  installMode: "upn",
  multiUser: false,
  addonHost: "",
  orgKey: "",
  idpTenant: "",
  idpDomain: "",
  authToken: "",
  encryptionToken: "",
  prelogonUser: "",
  msiPath: "NSClient.msi",
  logPath: DEFAULT_LOG_PATH,
};

/** What a field's value must look like, for the error message ("secret": token or org key). */
export const FIELD_KIND: Record<BuilderField, "host" | "secret" | "word" | "path"> = {
  addonHost: "host",
  orgKey: "secret",
  idpTenant: "word",
  idpDomain: "host",
  authToken: "secret",
  encryptionToken: "secret",
  prelogonUser: "word",
  msiPath: "path",
  logPath: "path",
};

export const SECRET_FIELDS: ReadonlySet<BuilderField> = new Set(["orgKey", "authToken", "encryptionToken"]);

interface FieldSpec {
  field: BuilderField;
  required: boolean;
}

/** The fields that apply, in display order (the Jamf script takes no Prelogon user, MSI path or log path). */
export function builderFields({ os, installMode }: Pick<BuilderState, "os" | "installMode">): FieldSpec[] {
  const spec = (field: BuilderField, required: boolean): FieldSpec => ({ field, required });
  const upn = installMode === "upn";
  // In IdP mode msiexec keeps host and org key when given (APIS.md); the Jamf script has no slot for them.
  const head = upn
    ? [spec("addonHost", true), spec("orgKey", true)]
    : [...(os === "windows" ? [spec("addonHost", false), spec("orgKey", false)] : []), spec("idpTenant", true), spec("idpDomain", true)];
  const tokens = [spec("authToken", true), spec("encryptionToken", false)];
  const windowsOnly = os === "windows" ? [spec("prelogonUser", false), spec("msiPath", false), spec("logPath", false)] : [];
  return [...head, ...tokens, ...windowsOnly];
}

export type BuildOutput =
  | { ok: true; kind: "msiexec"; command: string }
  | { ok: true; kind: "jamf"; parameters: JamfParameters }
  | { ok: false; missing: BuilderField[]; invalid: BuilderField[] };

function options(state: BuilderState): Record<string, unknown> {
  const o: Record<string, unknown> = { installMode: state.installMode };
  for (const { field, required } of builderFields(state)) {
    const value = state[field].trim();
    // An empty optional field is "not set" (null); the builders' defaults apply to the MSI path only.
    if (value !== "" || required) o[field] = value;
    else if (field !== "msiPath") o[field] = null;
  }
  // The Jamf IdP script has no multi-user slot: per-user configuration comes from the IdP there.
  if (state.os === "windows" || state.installMode === "upn") o.multiUser = state.multiUser;
  return o;
}

function failure(state: BuilderState, error: z.ZodError): BuildOutput {
  const bad = new Set(error.issues.map((i) => i.path[0]).filter((k): k is BuilderField => typeof k === "string" && k in FIELD_KIND));
  const fields = builderFields(state).map((s) => s.field).filter((f) => bad.has(f));
  return { ok: false, missing: fields.filter((f) => state[f].trim() === ""), invalid: fields.filter((f) => state[f].trim() !== "") };
}

/** The composed command or parameters, tokens masked unless `reveal`; or which fields are missing or invalid. */
export function buildFromState(state: BuilderState, reveal: boolean): BuildOutput {
  const input = options(state);
  if (state.os === "windows") {
    const parsed = MsiexecOptions.safeParse(input);
    return parsed.success ? { ok: true, kind: "msiexec", command: buildMsiexecCommand(parsed.data, { reveal }) } : failure(state, parsed.error);
  }
  const parsed = JamfOptions.safeParse(input);
  return parsed.success ? { ok: true, kind: "jamf", parameters: buildJamfParameters(parsed.data, { reveal }) } : failure(state, parsed.error);
}
