// Checks an install command (or an nsdiag push, or Jamf parameters) for the mistakes that lock users
// out: no host or org key, another tenant's host, no `enrollauthtoken`, a token that is not the current
// one, the GTS article's `==` typo, unquoted paths, repeated or conflicting settings.
import { needsAuthToken } from "../enrollment";
import { lintProblem, type LintProblem } from "./lint-codes";
import { MASK, maskToken, type Fingerprint } from "./mask";
import { commandFields, KNOWN_PARAMS, parseInstallCommand, type InstallCommandFields, type Param, type ParsedCommand } from "./parse";

export interface LintContext {
  tenant?: { addonHost: string };
  /** Compares tokens by fingerprint (in-app only: the public API has no current token). */
  fingerprint?: Fingerprint;
  /** Fingerprints of the authentication tokens the tenant accepts (several during a multi-token rotation). */
  currentAuthFingerprints?: readonly string[];
  currentEncryptionFingerprints?: readonly string[];
  /** Return the tokens in `fields` unmasked. */
  reveal?: boolean;
}

export interface LintResult {
  fields: InstallCommandFields;
  problems: LintProblem[];
}

const TOKEN_PARAMS = ["enrollauthtoken", "enrollencryptiontoken"];
const IDP_PARAMS = ["tenant", "domain"];
const ADDON_HOST = /^addon-[a-z0-9-]+(\.[a-z0-9-]+)*\.goskope\.com\.?$/i;
const SECRET_LIKE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const normaliseHost = (h: string) => h.trim().toLowerCase().replace(/\.$/, "");

/** Checks a command line (msiexec or nsdiag): the fields it sets and every problem, worst first. */
export function lintInstallCommand(command: string, context: LintContext = {}): LintResult {
  return lintParsedCommand(parseInstallCommand(command), context);
}

/** Checks an already parsed command (a command line, or Jamf parameters via parseJamfParameters). */
export function lintParsedCommand(parsed: ParsedCommand, context: LintContext = {}): LintResult {
  const problems: LintProblem[] = [];
  const add = (p: LintProblem) => problems.push(p);
  const fields = commandFields(parsed, { reveal: true });
  const result = () => ({ fields: context.reveal ? fields : commandFields(parsed), problems: sortProblems(problems) });
  if (parsed.unterminatedQuote) add(lintProblem("unterminated-quote"));
  if (parsed.typographicQuotes) add(lintProblem("typographic-quotes"));
  if (parsed.kind === "unknown") {
    add(lintProblem("not-an-install-command"));
    return result();
  }
  for (const where of parsed.unquotedPaths) add(lintProblem("unquoted-path-with-spaces", where));
  for (const w of parsed.stray) add(lintProblem("unexpected-token", SECRET_LIKE.test(w.text) ? maskToken(w.text) : w.text));
  paramProblems(parsed.params, parsed.kind).forEach(add);

  const has = (key: string) => parsed.params.some((p) => p.key === key && p.value !== "");
  if (parsed.kind === "nsdiag") {
    if (!parsed.switches.includes("-e")) add(lintProblem("nsdiag-missing-e"));
    if (!parsed.params.some((p) => p.key === "enrollauthtoken")) add(lintProblem("missing-enrollauthtoken"));
  } else {
    installProblems(parsed, fields, has, context).forEach(add);
  }
  tokenProblems(fields, context).forEach(add);
  return result();
}

function paramProblems(params: readonly Param[], kind: ParsedCommand["kind"]): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Map<string, Param[]>();
  for (const p of params) seen.set(p.key, [...(seen.get(p.key) ?? []), p]);
  for (const [key, list] of seen) {
    if (list.length > 1) problems.push(lintProblem(new Set(list.map((p) => p.value)).size > 1 ? "conflicting-param" : "duplicate-param", key));
    if (list.some((p) => p.doubleEquals)) problems.push(lintProblem("double-equals", key));
    if (list.some((p) => p.value === "")) problems.push(lintProblem("empty-value", key));
    if (TOKEN_PARAMS.includes(key) && list.some((p) => p.value.includes(MASK.slice(0, 1)))) problems.push(lintProblem("masked-token", key));
    if (kind === "nsdiag" && !TOKEN_PARAMS.includes(key)) {
      problems.push(lintProblem(KNOWN_PARAMS.includes(key) ? "param-ignored-by-nsdiag" : "unknown-param", key));
    } else if (!KNOWN_PARAMS.includes(key)) problems.push(lintProblem("unknown-param", key));
  }
  return problems;
}

function installProblems(parsed: ParsedCommand, fields: InstallCommandFields, has: (key: string) => boolean, context: LintContext): LintProblem[] {
  const problems: LintProblem[] = [];
  const idp = fields.installMode !== null && fields.installMode.toUpperCase() === "IDP";
  if (parsed.kind === "msiexec") {
    if (!fields.msiPath) problems.push(lintProblem("missing-msi-path"));
    if (!fields.quiet) problems.push(lintProblem("missing-quiet"));
  }
  if (fields.installMode !== null && fields.installMode !== "" && !idp) problems.push(lintProblem("unknown-install-mode"));
  if (fields.mode !== null && fields.mode !== "" && fields.mode.toLowerCase() !== "peruserconfig") problems.push(lintProblem("unknown-mode"));
  if (idp) {
    if (!has("tenant")) problems.push(lintProblem("missing-idp-tenant"));
    if (!has("domain")) problems.push(lintProblem("missing-idp-domain"));
  } else {
    // UPN mode: the addon host and the org key identify the tenant (DOMAIN.md install commands).
    if (!has("host")) problems.push(lintProblem("missing-host"));
    if (!has("token")) problems.push(lintProblem("missing-org-key"));
    for (const key of IDP_PARAMS) if (has(key)) problems.push(lintProblem("idp-param-without-idp-mode", key));
  }
  if (fields.host) {
    if (!ADDON_HOST.test(fields.host)) problems.push(lintProblem("host-not-addon"));
    if (context.tenant && normaliseHost(fields.host) !== normaliseHost(context.tenant.addonHost)) problems.push(lintProblem("host-tenant-mismatch"));
  }
  const prelogon = has("prelogonuser");
  // Given but empty is reported as `empty-value` already.
  if (!parsed.params.some((p) => p.key === "enrollauthtoken")) {
    const required = needsAuthToken(idp ? "idp" : "upn", prelogon);
    problems.push(lintProblem(required ? "missing-enrollauthtoken" : "auth-token-optional-idp"));
  }
  if (prelogon && !(fields.prelogonUser ?? "").toLowerCase().endsWith("@prelogon.netskope.com")) problems.push(lintProblem("prelogon-user-format"));
  return problems;
}

function tokenProblems(fields: InstallCommandFields, context: LintContext): LintProblem[] {
  const problems: LintProblem[] = [];
  const { enrollAuthToken: auth, enrollEncryptionToken: enc } = fields;
  if (auth && enc && auth === enc) problems.push(lintProblem("same-auth-and-encryption-token"));
  const { fingerprint } = context;
  if (!fingerprint) return problems;
  // Compared as the operator meant it: a `==` typo is reported on its own, not as a second error here.
  if (auth && !auth.includes(MASK.slice(0, 1)) && context.currentAuthFingerprints) {
    const current = context.currentAuthFingerprints.includes(fingerprint(auth));
    problems.push(lintProblem(current ? "auth-token-current" : "auth-token-not-current"));
  }
  if (enc && !enc.includes(MASK.slice(0, 1)) && context.currentEncryptionFingerprints) {
    const current = context.currentEncryptionFingerprints.includes(fingerprint(enc));
    problems.push(lintProblem(current ? "encryption-token-current" : "encryption-token-not-current"));
  }
  return problems;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function sortProblems(problems: LintProblem[]): LintProblem[] {
  // Stable sort: within a severity, problems keep the order the checks found them in.
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i)
    .map(({ p }) => p);
}
