// One redaction for the whole product: app logs (lib/server/logger.ts), audit summaries and the
// vendor clients' logs and errors (lib/integrations) all mask secrets the same way.
// Secrets never reach logs or error messages. Three layers, because vendors echo things back:
// 1. exact values we know are secret (API tokens, client secrets, bearer tokens) registered per client;
// 2. `key=value` pairs and JSON/query fields whose name looks secret (enrollauthtoken=, client_secret, ...);
// 3. long opaque strings (JWTs, base64/hex keys), which is what Netskope tokens look like.
const SECRET_NAME = /(token|secret|password|passwd|authorization|cookie|api[-_]?key|assertion|credential|orgkey|org_key)/i;
const PAIR_KEYS = "enrollauthtoken|enrollencryptiontoken|token|client_secret|password|access_token|refresh_token|api_key|apikey|client_assertion";
// `key=value` (install commands, forms, queries; `==` is the GTS typo) and `"key": "value"` (JSON).
const SECRET_PAIR = new RegExp(`\\b(${PAIR_KEYS})(=+)("[^"]*"|'[^']*'|[^\\s&"',;]+)`, "gi");
const SECRET_JSON = new RegExp(`"(${PAIR_KEYS}|[a-z_]*secret|[a-z_]*token)"(\\s*:\\s*)"[^"]*"`, "gi");
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
// 32+ letters-and-digits: masks keys, hex and each JWT segment, while UUIDs (device ids, with '-'),
// URL paths (with '/' and '.') and long camelCase words (no digit) stay readable.
const OPAQUE = /[A-Za-z0-9_+=]{32,}/g;
const maskOpaque = (run: string) => (/\d/.test(run) && /[A-Za-z]/.test(run) ? REDACTED : run);

export const REDACTED = "[redacted]";

/** Exact secret values one client knows about (its own credentials and tokens). */
export class SecretRegistry {
  readonly #values = new Set<string>();

  add(value: string | undefined | null): void {
    // Very short values would mask ordinary words; no real credential is that short.
    if (value && value.length >= 6) this.#values.add(value);
  }

  values(): Iterable<string> {
    return this.#values;
  }
}

/** Masks secret-looking substrings of free text. */
export function redactText(text: string, secrets?: SecretRegistry): string {
  let out = text;
  if (secrets) for (const value of secrets.values()) out = out.split(value).join(REDACTED);
  return out
    .replace(SECRET_PAIR, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`)
    .replace(SECRET_JSON, (_m, key: string, sep: string) => `"${key}"${sep}"${REDACTED}"`)
    .replace(BEARER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(OPAQUE, maskOpaque);
}

/** True when a field name says its value is a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A URL safe to log: secret-named query parameters masked, no userinfo. */
export function redactUrl(url: string | URL, secrets?: SecretRegistry): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return redactText(String(url), secrets);
  }
  parsed.username = "";
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    if (isSecretName(key)) parsed.searchParams.set(key, REDACTED);
  }
  return redactText(parsed.toString().replaceAll("%5Bredacted%5D", REDACTED), secrets);
}

/** A deep copy with secret-named fields and secret-looking substrings masked. */
export function redactValue(value: unknown, secrets?: SecretRegistry, depth = 0): unknown {
  if (depth > 8) return "[deep]";
  if (typeof value === "string") return redactText(value, secrets);
  if (value instanceof Error) return { name: value.name, message: redactText(value.message, secrets) };
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = isSecretName(key) && item != null && item !== "" ? REDACTED : redactValue(item, secrets, depth + 1);
    }
    return out;
  }
  return value;
}

/** `redactValue` without a registry of known values: for app logs and audit summaries. */
export const redact = (value: unknown): unknown => redactValue(value);
