import "server-only";
// The Netskope steps. Each handler READS the vendor's state first and only writes what is still
// missing, so running it again after a crash (the run is found "step-running" with no result) never
// writes twice: a refreshed token is recognised by its fingerprint differing from the one recorded
// before the write; a created token set by a tsid that was not there before.
import type { NetskopeClient } from "@/lib/integrations/netskope/client";
import type { ApiResult } from "@/lib/domain/rotation-schemas";
import { ValidationError } from "@/lib/server/errors";
import { fingerprint, newTokenValue, vendorTokenOf } from "./tokens";
import type { StepEnv } from "./step-env";

const detail = <T>(env: StepEnv, type: string): T | null => {
  const e = env.events.findLast((x) => x.type === type && x.step === env.step);
  return e ? (e.data as T) : null;
};

/** DO NOT ENFORCE TOKEN(S): every enforced set to Not Enforced (an absolute value: safe to repeat). */
export async function unenforce(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  const sets = await ns.listTokenSets();
  let n = 0;
  for (const set of sets.filter((s) => s.enforced)) {
    await env.write({ target: String(set.id), method: "PATCH", path: `enrollment/tokenset/${set.id}`, body: { enforce_status: 0 } }, () => ns.setEnforceStatus(set.id, false, { idempotencyKey: env.key(String(set.id)) }));
    n++;
  }
  return { targets: n, vendorRequestId: env.key() };
}

/** Refresh token on the single set. Before writing, the old value's fingerprint is recorded; on resume a different value means the refresh happened. */
export async function refreshToken(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  let intent = detail<{ tsid: number; oldFingerprint: string }>(env, "refresh-intent");
  const sets = await ns.listTokenSets();
  if (!intent) {
    const set = sets[0];
    if (!set || !set.authToken) throw new ValidationError("No token set to refresh was found on the tenant.");
    intent = { tsid: set.id, oldFingerprint: fingerprint(set.authToken) };
    await env.note("refresh-intent", intent);
  }
  let set = sets.find((s) => s.id === intent.tsid);
  if (!set) throw new ValidationError("The token set disappeared from the tenant.");
  if (!set.authToken || fingerprint(set.authToken) === intent.oldFingerprint) {
    set = await env.write({ target: String(set.id), method: "PATCH", path: `enrollment/tokenset/${set.id}`, body: { type: 0 } }, () => ns.regenerateToken(intent.tsid, "auth"));
  } else await env.note("vendor-already-done", { what: "token refreshed before the interruption", tsid: set.id });
  const token = vendorTokenOf(set);
  return { ...(await env.storeToken({ ...token, vendorTokenSetId: String(set.id) })), vendorRequestId: env.key() };
}

/** Enable: create the token set when the tenant has none, and make sure it is Not Enforced. */
export async function enableNotEnforced(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  let sets = await ns.listTokenSets();
  if (sets.length === 0) {
    await env.write({ method: "POST", path: "enrollment/tokenset" }, () => ns.createTokenSet());
    sets = await ns.listTokenSets();
  } else if (!env.events.some((e) => e.type === "vendor-write" && e.step === env.step)) {
    await env.note("vendor-already-done", { what: "a token set exists already", tsid: sets[0]!.id });
  }
  const set = sets[0]!;
  if (set.enforced) await env.write({ target: String(set.id), method: "PATCH", path: `enrollment/tokenset/${set.id}`, body: { enforce_status: 0 } }, () => ns.setEnforceStatus(set.id, false, { idempotencyKey: env.key(String(set.id)) }));
  const token = vendorTokenOf(set);
  return { ...(await env.storeToken({ ...token, vendorTokenSetId: String(set.id) })), vendorRequestId: env.key() };
}

/** Multi-token: add a new set alongside the old ones (recorded tsids before; a new tsid on resume means it was created). */
export async function addNewToken(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  let intent = detail<{ existing: number[] }>(env, "add-intent");
  let sets = await ns.listTokenSets();
  if (!intent) {
    intent = { existing: sets.map((s) => s.id) };
    await env.note("add-intent", intent);
  }
  const existing = intent.existing;
  let created = sets.find((s) => !existing.includes(s.id));
  if (!created) {
    await env.write({ method: "POST", path: "enrollment/tokenset" }, () => ns.createTokenSet());
    sets = await ns.listTokenSets();
    created = sets.find((s) => !existing.includes(s.id));
    if (!created) throw new ValidationError("The new token set did not appear on the tenant.");
  } else await env.note("vendor-already-done", { what: "token set created before the interruption", tsid: created.id });
  // The new set must be accepted alongside the old ones: enforced like them.
  if (!created.enforced) created = await env.write({ target: String(created.id), method: "PATCH", path: `enrollment/tokenset/${created.id}`, body: { enforce_status: 1 } }, () => ns.setEnforceStatus(created!.id, true, { idempotencyKey: env.key(`${created!.id}:enforce`) }));
  await env.note("new-token-set", { tsid: created.id, oldTsids: existing });
  const token = vendorTokenOf(created);
  return { ...(await env.storeToken({ ...token, vendorTokenSetId: String(created.id) })), vendorRequestId: env.key() };
}

async function newSetId(env: StepEnv, ns: NetskopeClient): Promise<number> {
  const token = await newTokenValue(env.ctx, env.events);
  const set = (await ns.listTokenSets()).find((s) => s.authToken && fingerprint(s.authToken) === token.fingerprint);
  if (!set) throw new ValidationError("The new token is not on the tenant any more.");
  return set.id;
}

/** ENFORCE TOKEN(S) on the set carrying the new token. */
export async function enforce(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  const tsid = await newSetId(env, ns);
  await env.write({ target: String(tsid), method: "PATCH", path: `enrollment/tokenset/${tsid}`, body: { enforce_status: 1 } }, () => ns.setEnforceStatus(tsid, true, { idempotencyKey: env.key(String(tsid)) }));
  return { targets: 1, vendorRequestId: env.key() };
}

/** Multi-token: delete every old set (a set already gone is skipped). */
export async function retireOldToken(env: StepEnv, ns: NetskopeClient): Promise<ApiResult> {
  const tsid = await newSetId(env, ns);
  const sets = await ns.listTokenSets();
  let n = 0;
  for (const set of sets.filter((s) => s.id !== tsid)) {
    await env.write({ target: String(set.id), method: "DELETE", path: `enrollment/tokenset/${set.id}` }, () => ns.deleteTokenSet(set.id));
    n++;
  }
  return { targets: n, vendorRequestId: env.key() };
}
