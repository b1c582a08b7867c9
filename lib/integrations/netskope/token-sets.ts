// Secure Enrollment token sets: `/enrollment/tokenset` [sdk: netskopeoss/netskope-py-sdk, resources/enrollment].
import type { TokenKind } from "@/lib/domain/types";
import { tryJson, parseWith } from "../http-support";
import type { TokenSet } from "../types";
import type { NetskopeContext } from "./context";
import { TokenSetItemPayload, TokenSetListPayload } from "./schemas";
import { toTokenSet } from "./transform";

export interface CallOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends CallOptions {
  /** Makes a non-idempotent write retryable (e.g. `runId:step`); sent as `Idempotency-Key`. */
  idempotencyKey?: string;
}

const LIST = "enrollment/tokenset";
const ONE = "enrollment/tokenset/{tsid}";
const TOKEN_TYPE: Record<TokenKind, 0 | 1> = { auth: 0, encryption: 1 };

function tokenSetPath(tsid: number): string {
  if (!Number.isSafeInteger(tsid) || tsid < 0) throw new RangeError(`invalid token set id: ${tsid}`);
  return `enrollment/tokenset/${tsid}`;
}

/** GET /enrollment/tokenset: every token set of the tenant (needs a read+write API token [sdk]). */
export async function listTokenSets(ctx: NetskopeContext, options: CallOptions = {}): Promise<TokenSet[]> {
  const response = await ctx.http.request({ method: "GET", path: LIST, endpoint: LIST, signal: options.signal });
  return parseWith(TokenSetListPayload, tryJson(response.body), "netskope", LIST).map(toTokenSet);
}

/** POST /enrollment/tokenset (no body [sdk]): a new token set. Not retried without an idempotency key. */
export async function createTokenSet(ctx: NetskopeContext, options: WriteOptions = {}): Promise<TokenSet> {
  const response = await ctx.http.request({ method: "POST", path: LIST, endpoint: LIST, signal: options.signal, idempotencyKey: options.idempotencyKey });
  return toTokenSet(parseWith(TokenSetItemPayload, tryJson(response.body), "netskope", LIST));
}

async function patchTokenSet(ctx: NetskopeContext, tsid: number, body: Record<string, number>, options: WriteOptions & { idempotent?: boolean }): Promise<TokenSet> {
  const response = await ctx.http.request({
    method: "PATCH",
    path: tokenSetPath(tsid),
    endpoint: ONE,
    json: body,
    signal: options.signal,
    idempotencyKey: options.idempotencyKey,
    idempotent: options.idempotent,
  });
  return toTokenSet(parseWith(TokenSetItemPayload, tryJson(response.body), "netskope", ONE));
}

/** PATCH /enrollment/tokenset/{tsid} `{type}`: a new value for the auth (0) or encryption (1) token. Each call rotates again, so it is not retried without a key. */
export function regenerateToken(ctx: NetskopeContext, tsid: number, kind: TokenKind, options: WriteOptions = {}): Promise<TokenSet> {
  return patchTokenSet(ctx, tsid, { type: TOKEN_TYPE[kind] }, options);
}

/**
 * PATCH /enrollment/tokenset/{tsid} `{valid_until: days}`. Whether days count from today or extend the
 * current expiry is unverified [guess], so a repeat could extend twice: not retried without a key.
 */
export function setTokenSetValidity(ctx: NetskopeContext, tsid: number, days: number, options: WriteOptions = {}): Promise<TokenSet> {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError(`validity must be a positive number of days: ${days}`);
  return patchTokenSet(ctx, tsid, { valid_until: days }, options);
}

/** PATCH /enrollment/tokenset/{tsid} `{enforce_status}`: sets an absolute value, so repeating it is harmless (retried). */
export function setEnforceStatus(ctx: NetskopeContext, tsid: number, enforced: boolean, options: WriteOptions = {}): Promise<TokenSet> {
  return patchTokenSet(ctx, tsid, { enforce_status: enforced ? 1 : 0 }, { ...options, idempotent: true });
}

/** DELETE /enrollment/tokenset/{tsid} → 204. Irreversible. */
export async function deleteTokenSet(ctx: NetskopeContext, tsid: number, options: CallOptions = {}): Promise<void> {
  await ctx.http.request({ method: "DELETE", path: tokenSetPath(tsid), endpoint: ONE, signal: options.signal });
}

/** DELETE /enrollment/tokenset/{tsid}/{type}: the rest of the set (200), or null once the set is empty (204) [sdk]. */
export async function deleteToken(ctx: NetskopeContext, tsid: number, kind: TokenKind, options: CallOptions = {}): Promise<TokenSet | null> {
  const endpoint = "enrollment/tokenset/{tsid}/{type}";
  const response = await ctx.http.request({ method: "DELETE", path: `${tokenSetPath(tsid)}/${TOKEN_TYPE[kind]}`, endpoint, signal: options.signal });
  const body = tryJson(response.body);
  if (response.status === 204 || body === undefined) return null;
  return toTokenSet(parseWith(TokenSetItemPayload, body, "netskope", endpoint));
}
