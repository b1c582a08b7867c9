// The what-if page's model: the form state and what the pure domain engine says about it. Running the
// engine here (in the browser) is safe because lib/domain is pure; the page and the public API
// (app/api/v1/what-if) therefore always agree.
import { formatClientVersion, formatRelease, parseClientVersion } from "@/lib/domain/client-version";
import { evaluateEnrollment } from "@/lib/domain/enrollment";
import { assessReadiness } from "@/lib/domain/readiness";
import type { DeviceProfile, EnrollmentResult, PlannedChange, PresentedTokens, ReadinessResult, TenantPolicy } from "@/lib/domain/types";

export interface WhatIfState {
  tenant: TenantPolicy;
  device: DeviceProfile;
  presents: PresentedTokens;
  change: PlannedChange;
  hasCurrentToken: boolean;
}

// A typical starting point: the question most operators come with ("what happens when I enforce?")
// for a shared Windows device in UPN mode on a current client.
export const INITIAL_WHAT_IF: WhatIfState = {
  tenant: { state: "enforced", encryptionTokenEnforced: false },
  device: { os: "windows", clientVersion: "R124", installMode: "upn", multiUser: true, npaPrelogon: false, protectClientConfig: false },
  presents: { authToken: "correct", encryptionToken: "none" },
  change: "enforce",
  hasCurrentToken: true,
};

/** The client version as the engine reads it: null when unparseable (the engine then answers "unknown"). */
export interface ParsedVersion {
  release: string;
  dotted: string;
}

export interface WhatIfAnswer {
  version: ParsedVersion | null;
  enrollment: EnrollmentResult;
  readiness: ReadinessResult;
}

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
