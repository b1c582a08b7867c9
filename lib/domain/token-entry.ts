// Rules for a token an operator pastes from the Netskope console, and for recording an extension.
// DOMAIN.md: validity is at least 90 days; the console can only EXTEND an expiry; a value is used once
// per tenant and kind (a previous token must never come back as "new": that is checked by fingerprint
// in the service, since only the service can compute fingerprints).
import { isCalendarDate, zonedTimeToInstant } from "./calendar";

export const MIN_VALIDITY_DAYS = 90;
export const TOKEN_MIN_LENGTH = 16;
export const TOKEN_MAX_LENGTH = 512;

export type TokenFormatProblem = "empty" | "has-prefix" | "leading-equals" | "whitespace" | "quotes" | "too-short" | "too-long" | "characters";

/**
 * Checks a pasted token. A paste of the whole parameter (`enrollauthtoken=...`) or the GTS article's
 * `==` typo is refused with its own code rather than silently repaired: the operator should see what
 * they copied. Tokens are opaque: printable ASCII without spaces or quotes, 16 to 512 characters.
 */
export function checkTokenFormat(raw: string): { ok: true; value: string } | { ok: false; problem: TokenFormatProblem } {
  const value = raw.trim();
  if (value === "") return { ok: false, problem: "empty" };
  if (/^(enrollauthtoken|enrollencryptiontoken)\s*=/i.test(value)) return { ok: false, problem: "has-prefix" };
  if (value.startsWith("=")) return { ok: false, problem: "leading-equals" };
  if (/\s/.test(value)) return { ok: false, problem: "whitespace" };
  if (/["'“”‘’`]/.test(value)) return { ok: false, problem: "quotes" };
  if (!/^[\x21-\x7e]+$/.test(value)) return { ok: false, problem: "characters" };
  if (value.length < TOKEN_MIN_LENGTH) return { ok: false, problem: "too-short" };
  if (value.length > TOKEN_MAX_LENGTH) return { ok: false, problem: "too-long" };
  return { ok: true, value };
}

/** "YYYY-MM-DDTHH:mm" (an <input type="datetime-local">) or "YYYY-MM-DD" (midnight) in a zone; null when malformed. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [hour, minute] = [Number(m[4] ?? 0), Number(m[5] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  return zonedTimeToInstant({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour, minute, second: 0, millisecond: 0 }, timeZone);
}

export type ExpiryProblem = "created-in-future" | "expiry-in-past" | "below-minimum-validity";

/**
 * A pasted token's dates: created no later than now, expiring in the future, and at least 90 days
 * after its creation (the console never issues less). One hour of slack absorbs a console showing
 * dates rounded to the minute in another zone.
 */
export function checkTokenDates({ createdAt, expiresAt, now }: { createdAt: Date; expiresAt: Date; now: Date }): { field: "createdAt" | "expiresAt"; problem: ExpiryProblem } | null {
  const slack = 3_600_000;
  if (createdAt.getTime() > now.getTime() + slack) return { field: "createdAt", problem: "created-in-future" };
  if (expiresAt.getTime() <= now.getTime()) return { field: "expiresAt", problem: "expiry-in-past" };
  if (expiresAt.getTime() - createdAt.getTime() < MIN_VALIDITY_DAYS * 86_400_000 - slack) return { field: "expiresAt", problem: "below-minimum-validity" };
  return null;
}

export type ExtensionProblem = "no-current-expiry" | "not-later" | "expiry-in-past";

/** The console can only extend: the new expiry must be later than the current one (and in the future). */
export function checkExtension({ current, next, now }: { current: Date | null; next: Date; now: Date }): ExtensionProblem | null {
  if (next.getTime() <= now.getTime()) return "expiry-in-past";
  if (current && next.getTime() <= current.getTime()) return "not-later";
  return null;
}

export type DriftStatus = "IN_SYNC" | "DRIFTED" | "NO_TOKEN";

/** Does an install command carry a token the tenant accepts now? Compared by fingerprint only. */
export function driftOf(carriedFingerprint: string | null, currentFingerprints: readonly string[]): DriftStatus {
  if (!carriedFingerprint) return "NO_TOKEN";
  return currentFingerprints.includes(carriedFingerprint) ? "IN_SYNC" : "DRIFTED";
}
