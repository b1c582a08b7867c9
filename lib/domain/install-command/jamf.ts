// The macOS install through Jamf: Netskope's install script takes its settings as policy script
// parameters (APIS.md): `$4` addon host, `$5` org key, `$6` `upn` or `peruserconfig` (IdP: `$4=idp`,
// `$5` domain, `$6` tenant), then `enrollauthtoken=…` and `enrollencryptiontoken=…` in the next slots.
// The values live in the policy (Classic API `<parameter4>`…`<parameter11>`), so they are read back
// and linted like a command line.
import { z } from "zod";
import type { OutputOptions } from "./build";
import { maskToken } from "./mask";
import type { Param, ParsedCommand } from "./parse";
import { JAMF_SLOTS, type JamfParameters, type JamfSlot } from "./slots";
import { HostName, PlainWord, SecretValue } from "./values";

const tokens = { authToken: SecretValue, encryptionToken: SecretValue.nullable().default(null) };

export const JamfOptions = z.discriminatedUnion("installMode", [
  z.strictObject({ installMode: z.literal("upn"), addonHost: HostName, orgKey: SecretValue, multiUser: z.boolean().default(false), ...tokens }),
  z.strictObject({ installMode: z.literal("idp"), idpDomain: HostName, idpTenant: PlainWord, ...tokens }),
]);
export type JamfOptions = z.input<typeof JamfOptions>;

/** The policy's script parameters `$4`–`$11` (unused slots are ""); tokens masked unless `reveal`. */
export function buildJamfParameters(options: JamfOptions, output: OutputOptions = {}): JamfParameters {
  const o = JamfOptions.parse(options);
  const show = (t: string) => (output.reveal ? t : maskToken(t));
  const head =
    o.installMode === "idp" ? ["idp", o.idpDomain, o.idpTenant] : [o.addonHost, show(o.orgKey), o.multiUser ? "peruserconfig" : "upn"];
  const values = [...head, `enrollauthtoken=${show(o.authToken)}`];
  if (o.encryptionToken) values.push(`enrollencryptiontoken=${show(o.encryptionToken)}`);
  return Object.fromEntries(JAMF_SLOTS.map((slot, i) => [slot, values[i] ?? ""])) as JamfParameters;
}

const param = (key: string, raw: string): Param => {
  const rest = raw.trim();
  return {
    key,
    value: rest.replace(/^=+/, ""),
    doubleEquals: rest.startsWith("="),
    word: { text: `${key}=${rest}`, raw, start: 0, quoted: false, typographic: false },
  };
};

/** Reads policy script parameters back into a parsed command (kind "jamf") for the fields and the lint. */
export function parseJamfParameters(slots: Partial<Record<JamfSlot, string | null>>): ParsedCommand {
  const get = (slot: JamfSlot) => (slots[slot] ?? "").trim();
  const parsed: ParsedCommand = {
    kind: "jamf",
    program: null,
    msiPath: null,
    logPath: null,
    switches: [],
    params: [],
    stray: [],
    unquotedPaths: [],
    unterminatedQuote: false,
    typographicQuotes: JAMF_SLOTS.some((s) => /[“”‘’]/.test(get(s))),
  };
  const [first, second, third] = [get("$4"), get("$5"), get("$6")];
  if (first.toLowerCase() === "idp") {
    parsed.params.push(param("installmode", "IDP"));
    if (second) parsed.params.push(param("domain", second));
    if (third) parsed.params.push(param("tenant", third));
  } else {
    if (first) parsed.params.push(param("host", first));
    if (second) parsed.params.push(param("token", second));
    if (third && third.toLowerCase() !== "upn") parsed.params.push(param("mode", third));
  }
  for (const slot of JAMF_SLOTS.slice(3)) {
    const value = get(slot);
    if (!value) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s.exec(value);
    if (m) parsed.params.push(param((m[1] ?? "").toLowerCase(), m[2] ?? ""));
    else parsed.stray.push({ text: value, raw: value, start: 0, quoted: false, typographic: false });
  }
  return parsed;
}
