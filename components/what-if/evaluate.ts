// What the pure domain engine says about the what-if form's state (model.ts). Running the
// engine here (in the browser) is safe because lib/domain is pure; the page and the public API
// (app/api/v1/what-if) therefore always agree. The form loads this module right after the first paint
// (the server computes the first answer), so the engine is not first-load JavaScript (issue 6).
import { formatClientVersion, formatRelease, parseClientVersion } from "@/lib/domain/client-version";
import { evaluateEnrollment } from "@/lib/domain/enrollment";
import { assessReadiness } from "@/lib/domain/readiness";
import type { ParsedVersion, WhatIfAnswer, WhatIfState } from "./model";

export { INITIAL_WHAT_IF, type ParsedVersion, type WhatIfAnswer, type WhatIfState } from "./model";

export function parseVersionForDisplay(input: string): ParsedVersion | null {
  const v = parseClientVersion(input);
  return v ? { release: formatRelease(v), dotted: formatClientVersion(v) } : null;
}

/** Both answers for the current form state. */
export function answerWhatIf(state: WhatIfState): WhatIfAnswer {
  return {
    version: parseVersionForDisplay(state.device.clientVersion),
    enrollment: evaluateEnrollment({ tenant: state.tenant, device: state.device, presents: state.presents }),
    readiness: assessReadiness({ device: state.device, change: state.change, hasCurrentToken: state.hasCurrentToken }),
  };
}
