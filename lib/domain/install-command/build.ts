// Builds the Windows install command the MDM carries and the `nsdiag -e` token push, in the forms of
// DOMAIN.md / APIS.md. The option schemas double as form validation; tokens are masked in the output
// unless the caller asks for the real command (to copy it into Intune, never to log it).
import { z } from "zod";
import { maskToken } from "./mask";
import { DEFAULT_LOG_PATH } from "./slots";
import { FilePath, HostName, PlainWord, SecretValue } from "./values";

const PRELOGON_DOMAIN = "@prelogon.netskope.com";

const common = {
  msiPath: FilePath.default("NSClient.msi"),
  multiUser: z.boolean().default(false),
  authToken: SecretValue,
  encryptionToken: SecretValue.nullable().default(null),
  /** A bare user name gets "@prelogon.netskope.com" appended (the documented form, APIS.md). */
  prelogonUser: PlainWord.nullable().default(null),
  logPath: FilePath.nullable().default(DEFAULT_LOG_PATH),
  quiet: z.boolean().default(true),
};

export const MsiexecOptions = z.discriminatedUnion("installMode", [
  z.strictObject({ installMode: z.literal("upn"), addonHost: HostName, orgKey: SecretValue, ...common }),
  z.strictObject({
    installMode: z.literal("idp"),
    // APIS.md shows host and org key alongside installmode=IDP; they are kept when given.
    addonHost: HostName.nullable().default(null),
    orgKey: SecretValue.nullable().default(null),
    idpTenant: PlainWord,
    idpDomain: HostName,
    ...common,
  }),
]);
export type MsiexecOptions = z.input<typeof MsiexecOptions>;

export interface OutputOptions {
  /** Print the tokens themselves instead of their mask. */
  reveal?: boolean;
}

const quote = (value: string) => (/\s/.test(value) ? `"${value}"` : value);
const show = (token: string, output: OutputOptions) => (output.reveal ? token : maskToken(token));

/** The msiexec command line for an MDM (single user, `mode=peruserconfig`, IdP, Prelogon, tokens, log); throws ZodError on bad options. */
export function buildMsiexecCommand(options: MsiexecOptions, output: OutputOptions = {}): string {
  const o = MsiexecOptions.parse(options);
  const parts = ["msiexec", "/i", `"${o.msiPath}"`];
  if (o.addonHost) parts.push(`host=${o.addonHost}`);
  if (o.orgKey) parts.push(`token=${show(o.orgKey, output)}`);
  if (o.installMode === "idp") parts.push("installmode=IDP", `tenant=${o.idpTenant}`, `domain=${o.idpDomain}`);
  if (o.multiUser) parts.push("mode=peruserconfig");
  parts.push(`enrollauthtoken=${show(o.authToken, output)}`);
  if (o.encryptionToken) parts.push(`enrollencryptiontoken=${show(o.encryptionToken, output)}`);
  if (o.prelogonUser) parts.push(`prelogonuser=${o.prelogonUser.includes("@") ? o.prelogonUser : o.prelogonUser + PRELOGON_DOMAIN}`);
  if (o.quiet) parts.push("/qn");
  if (o.logPath) parts.push("/l*v", quote(o.logPath));
  return parts.join(" ");
}

// APIS.md: nsdiag.exe lives in the STAgent folder and runs as administrator on Windows; on macOS it
// needs root (an MDM script already runs as root, a person at a terminal needs sudo).
export const NSDIAG_PATHS = {
  windows: "C:\\Program Files (x86)\\Netskope\\STAgent\\nsdiag.exe",
  macos: "/Library/Application Support/Netskope/STAgent/nsdiag",
} as const;

export const NsdiagOptions = z.strictObject({
  os: z.enum(["windows", "macos"]),
  authToken: SecretValue,
  encryptionToken: SecretValue.nullable().default(null),
  sudo: z.boolean().default(false),
});
export type NsdiagOptions = z.input<typeof NsdiagOptions>;

/** The `nsdiag -e enrollauthtoken=… [enrollencryptiontoken=…]` command that puts tokens on an installed client. */
export function buildNsdiagCommand(options: NsdiagOptions, output: OutputOptions = {}): string {
  const o = NsdiagOptions.parse(options);
  const parts = [`"${NSDIAG_PATHS[o.os]}"`, "-e", `enrollauthtoken=${show(o.authToken, output)}`];
  if (o.encryptionToken) parts.push(`enrollencryptiontoken=${show(o.encryptionToken, output)}`);
  return (o.os === "macos" && o.sudo ? "sudo " : "") + parts.join(" ");
}
