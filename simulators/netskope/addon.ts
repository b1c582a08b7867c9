// The addon (provisioner) host `addon-<tenant>.<region>.goskope.com`, reduced to what the product
// needs to verify a test device: an enrollment attempt. The decision is lib/domain's
// `evaluateEnrollment` (DOMAIN.md's matrix); the simulator only works out its inputs from state:
// the tenant state from the token sets, and what the device presents from the tokens it holds.
import { evaluateEnrollment } from "@/lib/domain/enrollment";
import type { EnrollmentInput, Presented, TenantState as DomainTenantState } from "@/lib/domain/types";
import type { ScenarioTokenSet } from "../scenario";
import { bodyJson, json, type Router } from "../router";
import type { TenantState } from "../state";

/** A token set whose expiry has passed still shapes the tenant state, but its tokens no longer count. */
function isValid(set: ScenarioTokenSet, now: number): boolean {
  return set.validTill === null || Date.parse(set.validTill) > now;
}

export function tenantPolicy(tenant: TenantState, now: number): EnrollmentInput["tenant"] {
  if (tenant.tokenSets.length === 0) return { state: "disabled", encryptionTokenEnforced: false };
  const enforcedSets = tenant.tokenSets.filter((set) => set.enforced);
  const state: DomainTenantState = enforcedSets.length > 0 ? "enforced" : "not-enforced";
  // ENFORCE TOKEN(S) enforces the encryption token too when the set has one [simulator model].
  return { state, encryptionTokenEnforced: enforcedSets.some((set) => set.encryptToken !== "" && isValid(set, now)) };
}

export function presented(value: string | null | undefined, accepted: string[]): Presented {
  if (!value) return "none";
  return accepted.includes(value) ? "correct" : "wrong";
}

export function registerAddonRoutes(router: Router): void {
  router.add("POST", "/addon/:slug/enroll", (req, state) => {
    const tenant = state.netskope.get(req.params.slug ?? "");
    if (!tenant) return json(404, { status: "error", message: "tenant not found" });
    const body = bodyJson(req);
    if (!body || typeof body !== "object") return json(400, { status: "error", message: "body must be {nsdeviceuid, user?, authToken?, encryptionToken?}" });
    const input = body as { nsdeviceuid?: unknown; user?: unknown; authToken?: unknown; encryptionToken?: unknown };
    const device = tenant.devices.find((candidate) => candidate.nsdeviceuid === input.nsdeviceuid);
    if (!device) return json(404, { status: "error", message: "device not found" });
    const now = state.now();
    const valid = tenant.tokenSets.filter((set) => isValid(set, now));
    // A fresh install presents the tokens of its install command; otherwise the device presents what it holds.
    const authToken = typeof input.authToken === "string" ? input.authToken : device.heldAuthToken;
    const encryptToken = typeof input.encryptionToken === "string" ? input.encryptionToken : device.heldEncryptToken;
    const enrollmentInput: EnrollmentInput = {
      tenant: tenantPolicy(tenant, now),
      device: { os: device.os, clientVersion: device.clientVersion, installMode: device.installMode, multiUser: device.multiUser, npaPrelogon: device.npaPrelogon, protectClientConfig: device.protectClientConfig },
      presents: {
        authToken: presented(authToken, valid.map((set) => set.authToken).filter(Boolean)),
        encryptionToken: presented(encryptToken, valid.map((set) => set.encryptToken).filter(Boolean)),
      },
    };
    const result = evaluateEnrollment(enrollmentInput);
    const user = typeof input.user === "string" && input.user ? input.user : null;
    tenant.attempts.push({ at: state.nowIso(), nsdeviceuid: device.nsdeviceuid, user, outcome: result.outcome, reasons: result.reasons.map((reason) => reason.code) });
    if (result.outcome === "enrolls") {
      if (user && !device.users.some((item) => item.username === user)) device.users.push({ username: user });
      if (typeof input.authToken === "string") device.heldAuthToken = input.authToken;
      if (typeof input.encryptionToken === "string") device.heldEncryptToken = input.encryptionToken;
      device.lastSeen = state.nowIso();
    }
    const answer = { outcome: result.outcome, reasons: result.reasons, tenantState: enrollmentInput.tenant.state, presents: enrollmentInput.presents };
    // A refused client gets "access denied" from the addon [DOMAIN.md].
    return result.outcome === "refused" ? json(403, { status: "error", message: "Access denied", ...answer }) : json(200, { status: "success", ...answer });
  });
}
