// The run view as the client receives it (JSON of lib/services/rotations/view.ts); kept here because
// client components may not import services.
export type StepStatus = "done" | "skipped" | "current" | "running" | "failed" | "todo";
export type WaitingFor = "nothing" | "vendor-call" | "interrupted" | "nsdiag-runs" | "start-approval" | "enforce-approval" | "enforce-confirmation" | "manual-step" | "verify-failed" | "retry" | "finished";

export interface RunViewJson {
  id: string;
  version: number;
  tenant: { id: string; name: string; slug: string; fourEyes: boolean; timeZone: string };
  plan: "enable" | "rotate-single" | "rotate-multi";
  status: "ACTIVE" | "COMPLETED" | "ROLLED_BACK" | "FAILED" | "CANCELLED";
  machineStatus: string;
  step: string | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  steps: { id: string; automation: string; enforcing: boolean; skippable: boolean; status: StepStatus; by: string | null; at: string | null }[];
  stepsDone: number;
  allowed: string[];
  waitingFor: WaitingFor;
  auto: boolean;
  progress: { total: number; succeeded: number; pending: number; failed: { device: string; state: string; message: string | null }[]; threshold: number } | null;
  newToken: { fingerprint: string; expiresAt: string } | null;
  enforcedAt: string | null;
  watchUntil: string | null;
  enforceRefused: number | null;
  createsToken: boolean;
  approvals: { gate: string; by: string; at: string; comment: string | null }[];
  needsApproval: { start: boolean; enforce: boolean };
  createdById: string | null;
  events: { id: string; at: string; type: string; step: string; actor: string | null; key: string | null; vendorRequestId: string | null }[];
}

/** What a next-safe-action call answers, as far as the run panel reads it. */
export type ActionResult = { data?: unknown; serverError?: { message?: string } | null; validationErrors?: unknown } | undefined;
