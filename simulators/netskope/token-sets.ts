// /enrollment/tokenset [sdk: netskope-py-sdk resources/enrollment]: list, create, PATCH (regenerate a
// token, extend validity, enforce), delete a set or one of its tokens.
import type { ScenarioTokenSet } from "../scenario";
import { tokenFrom } from "../random";
import { bodyJson, empty, json, type Router } from "../router";
import type { SimState, TenantState } from "../state";
import { netskopeError, netskopeRoute } from "./guard";

const DAY = 86_400_000;
/** The console's minimum validity [DOMAIN.md: at least 90 days]. */
const MIN_VALIDITY_DAYS = 90;

export function tokenSetJson(set: ScenarioTokenSet): Record<string, unknown> {
  return {
    tsid: set.tsid,
    created_date: set.createdAt,
    auth_token: set.authToken,
    encrypt_token: set.encryptToken,
    valid_till: set.validTill,
    enforce_status: set.enforced ? 1 : 0,
  };
}

function findSet(tenant: TenantState, tsid: string | undefined) {
  return tenant.tokenSets.find((set) => String(set.tsid) === tsid);
}

export function registerTokenSetRoutes(router: Router): void {
  const base = "/netskope/:slug/api/v2/enrollment/tokenset";
  router.add("GET", base, netskopeRoute("enrollment/tokenset", "rw", "enrollment/tokenset", (_req, _state, tenant) => json(200, tenant.tokenSets.map(tokenSetJson))));

  router.add(
    "POST",
    base,
    netskopeRoute("enrollment/tokenset", "rw", "enrollment/tokenset", (_req, state: SimState, tenant) => {
      // Without multi-token support a tenant has one token set [3rd]; the error text is [guess].
      if (!tenant.multiToken && tenant.tokenSets.length > 0) return netskopeError(400, "Multiple token sets are not enabled for this tenant");
      const now = state.now();
      const set: ScenarioTokenSet = {
        tsid: Math.max(0, ...tenant.tokenSets.map((item) => item.tsid)) + 1,
        authToken: tokenFrom(state.rng),
        encryptToken: "",
        createdAt: new Date(now).toISOString(),
        validTill: new Date(now + MIN_VALIDITY_DAYS * DAY).toISOString(),
        enforced: false,
      };
      tenant.tokenSets.push(set);
      return json(200, tokenSetJson(set));
    }),
  );

  router.add(
    "PATCH",
    `${base}/:tsid`,
    netskopeRoute("enrollment/tokenset", "rw", "enrollment/tokenset/{tsid}", (req, state, tenant) => {
      const set = findSet(tenant, req.params.tsid);
      if (!set) return netskopeError(404, "token set not found");
      const body = bodyJson(req);
      if (!body || typeof body !== "object") return netskopeError(400, "body must be a JSON object");
      const { type, valid_until: days, enforce_status: enforce } = body as Record<string, unknown>;
      if (type === undefined && days === undefined && enforce === undefined) return netskopeError(400, "one of type, valid_until, enforce_status is required");
      if (type !== undefined && type !== 0 && type !== 1) return netskopeError(400, "type must be 0 (auth) or 1 (encrypt)");
      if (enforce !== undefined && enforce !== 0 && enforce !== 1) return netskopeError(400, "enforce_status must be 0 or 1");
      let validTill = set.validTill;
      if (days !== undefined) {
        if (typeof days !== "number" || !Number.isInteger(days) || days < MIN_VALIDITY_DAYS) return netskopeError(400, `valid_until must be at least ${MIN_VALIDITY_DAYS} days`);
        validTill = new Date(state.now() + days * DAY).toISOString();
        // The console can only extend an expiry [DOMAIN.md].
        if (set.validTill && Date.parse(validTill) < Date.parse(set.validTill)) return netskopeError(400, "validity can only be extended");
      }
      if (type === 0) set.authToken = tokenFrom(state.rng);
      if (type === 1) set.encryptToken = tokenFrom(state.rng);
      set.validTill = validTill;
      if (enforce !== undefined) set.enforced = enforce === 1;
      return json(200, tokenSetJson(set));
    }),
  );

  router.add(
    "DELETE",
    `${base}/:tsid`,
    netskopeRoute("enrollment/tokenset", "rw", "enrollment/tokenset/{tsid}", (req, _state, tenant) => {
      const set = findSet(tenant, req.params.tsid);
      if (!set) return netskopeError(404, "token set not found");
      tenant.tokenSets = tenant.tokenSets.filter((item) => item !== set);
      return empty(204);
    }),
  );

  router.add(
    "DELETE",
    `${base}/:tsid/:type`,
    netskopeRoute("enrollment/tokenset", "rw", "enrollment/tokenset/{tsid}/{type}", (req, _state, tenant) => {
      const set = findSet(tenant, req.params.tsid);
      if (!set) return netskopeError(404, "token set not found");
      if (req.params.type === "0") set.authToken = "";
      else if (req.params.type === "1") set.encryptToken = "";
      else return netskopeError(400, "type must be 0 (auth) or 1 (encrypt)");
      if (!set.authToken && !set.encryptToken) {
        tenant.tokenSets = tenant.tokenSets.filter((item) => item !== set);
        return empty(204);
      }
      return json(200, tokenSetJson(set));
    }),
  );
}
