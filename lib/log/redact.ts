// Secrets never reach logs: any field whose name looks secret is replaced, and token-like
// `key=value` pairs inside strings (install commands, URLs) are masked. Pure; used by every logger.
const SECRET_KEY = /(token|secret|password|passwd|authorization|cookie|api[-_]?key|client[-_]?secret|orgkey|org_key|encrypted)/i;
const SECRET_PAIR = /\b(enrollauthtoken|enrollencryptiontoken|token|client_secret|password|access_token|api_key)(=+)("[^"]*"|[^\s&"]+)/gi;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/-]+=*/g;

export const REDACTED = "[redacted]";

/** Masks secret-looking substrings of free text. */
export function redactText(text: string): string {
  return text.replace(SECRET_PAIR, (_m, k: string, eq: string) => `${k}${eq}${REDACTED}`).replace(BEARER, `$1 ${REDACTED}`);
}

/** A deep copy of `value` with secret fields and substrings masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return "[deep]";
  if (typeof value === "string") return redactText(value);
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) && v != null && v !== "" ? REDACTED : redact(v, depth + 1);
    return out;
  }
  return value;
}
