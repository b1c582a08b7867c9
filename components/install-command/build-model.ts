// The builder's model: which fields apply to the chosen OS and install mode (the command they compose
// is build-command.ts). The values live in component state only: nothing is stored or sent anywhere.
// No zod here (nor through imports): this is in the page's first-load JavaScript (issue 6).
import { DEFAULT_LOG_PATH, type JamfParameters } from "@/lib/domain/install-command/slots";

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
