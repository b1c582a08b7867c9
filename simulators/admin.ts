// /__admin: what tests and the demo use to look inside and steer the simulator.
//   GET    /__admin/health              {ok}
//   GET    /__admin/state               the whole simulated world (settled), as JSON
//   GET    /__admin/requests?since&vendor   the request log; DELETE clears it
//   GET    /__admin/faults              active faults; POST adds one or an array; DELETE [/:id] removes
//   POST   /__admin/reset               back to the scenario: state, faults, log and clock
//   GET    /__admin/clock               {now}; POST {advanceMs} moves the simulated clock forward
//   GET    /__admin/ca                  the PEM certificate of the HTTPS (Entra login) side
import { FaultRule, type FaultStore } from "./faults";
import type { RequestLog } from "./request-log";
import { bodyJson, empty, json, text, type Router } from "./router";
import type { SimState } from "./state";

export interface AdminHooks {
  faults: FaultStore;
  log: RequestLog;
  reset: () => void;
  caCertificate: string;
}

export function registerAdminRoutes(router: Router, hooks: AdminHooks): void {
  router.add("GET", "/__admin/health", () => json(200, { ok: true }));
  router.add("GET", "/__admin/state", (_req, state: SimState) => json(200, state.snapshot()));
  router.add("GET", "/__admin/requests", (req) => {
    const since = Number(req.query.get("since") ?? "0") || 0;
    return json(200, { entries: hooks.log.entries({ since, vendor: req.query.get("vendor") ?? undefined }), peakConcurrency: hooks.log.peaks() });
  });
  router.add("DELETE", "/__admin/requests", () => {
    hooks.log.clear();
    return empty(204);
  });
  router.add("GET", "/__admin/faults", () => json(200, { faults: hooks.faults.list() }));
  router.add("POST", "/__admin/faults", (req) => {
    const body = bodyJson(req);
    const items = Array.isArray(body) ? body : [body];
    const parsed = items.map((item) => FaultRule.safeParse(item));
    const bad = parsed.find((result) => !result.success);
    if (bad && !bad.success) return json(400, { error: bad.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) });
    const ids = parsed.map((result) => (result.success ? hooks.faults.add(result.data) : ""));
    return json(201, { ids });
  });
  router.add("DELETE", "/__admin/faults", () => {
    hooks.faults.clear();
    return empty(204);
  });
  router.add("DELETE", "/__admin/faults/:id", (req) => (hooks.faults.remove(req.params.id ?? "") ? empty(204) : json(404, { error: "no such fault" })));
  router.add("POST", "/__admin/reset", () => {
    hooks.reset();
    return empty(204);
  });
  router.add("GET", "/__admin/clock", (_req, state) => json(200, { now: state.nowIso() }));
  router.add("POST", "/__admin/clock", (req, state) => {
    const body = bodyJson(req) as { advanceMs?: unknown } | undefined;
    const advance = body?.advanceMs;
    if (typeof advance !== "number" || !Number.isFinite(advance) || advance < 0) return json(400, { error: "advanceMs must be a non-negative number" });
    state.clock.advance(advance);
    state.settle();
    return json(200, { now: state.nowIso() });
  });
  router.add("GET", "/__admin/ca", () => text(200, hooks.caCertificate, "application/x-pem-file"));
}
