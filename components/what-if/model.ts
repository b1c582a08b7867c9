// The what-if page's form state and the shape of its answer; the engine that computes the answer is
// evaluate.ts. Nothing here imports the engine: the form ships this with the page (issue 6).
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
