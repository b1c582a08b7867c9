// The public what-if API (issue 3): zod schemas of the three endpoints' bodies, exactly as the issue
// specifies them, and pure handlers the route handlers call. A bad body yields field errors (a 400),
// never an exception: the handlers are total over any JSON value.
import { z } from "zod";
import { evaluateEnrollment } from "./enrollment";
import { lintInstallCommand } from "./install-command/lint";
import { assessReadiness } from "./readiness";

export const WhatIfTenant = z.strictObject({
  state: z.enum(["disabled", "not-enforced", "enforced"]),
  encryptionTokenEnforced: z.boolean(),
});
export type WhatIfTenant = z.infer<typeof WhatIfTenant>;

export const WhatIfDevice = z.strictObject({
  os: z.enum(["windows", "macos"]),
  clientVersion: z.string().max(64),
  installMode: z.enum(["upn", "idp", "email-invite"]),
  multiUser: z.boolean(),
  npaPrelogon: z.boolean(),
  protectClientConfig: z.boolean(),
});
export type WhatIfDevice = z.infer<typeof WhatIfDevice>;

const presented = z.enum(["none", "wrong", "correct"]);
export const WhatIfPresents = z.strictObject({ authToken: presented, encryptionToken: presented });
export type WhatIfPresents = z.infer<typeof WhatIfPresents>;

export const ReasonBody = z.strictObject({ code: z.string(), message: z.string() });
export type ReasonBody = z.infer<typeof ReasonBody>;

export const WhatIfEnrollmentRequest = z.strictObject({ tenant: WhatIfTenant, device: WhatIfDevice, presents: WhatIfPresents });
export type WhatIfEnrollmentRequest = z.infer<typeof WhatIfEnrollmentRequest>;

export const WhatIfEnrollmentResponse = z.strictObject({
  outcome: z.enum(["enrolls", "refused", "unknown"]),
  reasons: z.array(ReasonBody),
});
export type WhatIfEnrollmentResponse = z.infer<typeof WhatIfEnrollmentResponse>;

export const WhatIfReadinessRequest = z.strictObject({
  device: WhatIfDevice,
  change: z.enum(["enforce", "rotate-single-token", "rotate-multi-token"]),
  hasCurrentToken: z.boolean(),
});
export type WhatIfReadinessRequest = z.infer<typeof WhatIfReadinessRequest>;

export const WhatIfReadinessResponse = z.strictObject({
  refused: z.boolean(),
  step: z.string().nullable(),
  reasons: z.array(ReasonBody),
  remediations: z.array(z.enum(["none", "nsdiag", "msi-rerun", "reinstall", "upgrade-client"])),
});
export type WhatIfReadinessResponse = z.infer<typeof WhatIfReadinessResponse>;

export const InstallCommandLintRequest = z.strictObject({
  command: z.string().min(1).max(8192),
  tenant: z.strictObject({ addonHost: z.string().min(1).max(253) }).optional(),
});
export type InstallCommandLintRequest = z.infer<typeof InstallCommandLintRequest>;

const nullableText = z.string().nullable();
export const InstallCommandFieldsBody = z.strictObject({
  kind: z.enum(["msiexec", "nsdiag", "jamf", "unknown"]),
  msiPath: nullableText,
  host: nullableText,
  orgKey: nullableText,
  installMode: nullableText,
  idpTenant: nullableText,
  idpDomain: nullableText,
  mode: nullableText,
  enrollAuthToken: nullableText,
  enrollEncryptionToken: nullableText,
  prelogonUser: nullableText,
  logPath: nullableText,
  quiet: z.boolean(),
});
export type InstallCommandFieldsBody = z.infer<typeof InstallCommandFieldsBody>;

export const InstallCommandLintResponse = z.strictObject({
  fields: InstallCommandFieldsBody,
  problems: z.array(z.strictObject({ code: z.string(), severity: z.enum(["error", "warning", "info"]), message: z.string() })),
});
export type InstallCommandLintResponse = z.infer<typeof InstallCommandLintResponse>;

/** Field errors keyed by dotted path ("device.clientVersion"); "body" for the body itself. */
export type FieldErrors = Record<string, string[]>;
export type HandlerResult<T> = { ok: true; body: T } | { ok: false; fieldErrors: FieldErrors };

/** Whether the input lacks the key at `path` (so the field is missing, whatever the schema expected there). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, key)) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  return last !== undefined && parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.hasOwn(parent, last);
}

/** zod issues as field errors: one entry per unknown key, "Required." for a missing field. */
export function toFieldErrors(error: z.ZodError, input?: unknown): FieldErrors {
  // A Map, not an object literal: a body may use keys such as "valueOf" or "__proto__".
  const errors = new Map<string, string[]>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.map(String).join(".") || "body";
    errors.set(key, [...(errors.get(key) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) add([...issue.path, k], "Unknown field.");
    else if (isMissing(input, issue.path)) add(issue.path, "Required.");
    else add(issue.path, issue.message);
  }
  return Object.fromEntries(errors);
}

function handle<S extends z.ZodType, T>(schema: S, body: unknown, run: (input: z.infer<S>) => T): HandlerResult<T> {
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, body: run(parsed.data) } : { ok: false, fieldErrors: toFieldErrors(parsed.error, body) };
}

/** POST /api/v1/what-if/enrollment: the enforcement matrix for one attempt. */
export function handleWhatIfEnrollment(body: unknown): HandlerResult<WhatIfEnrollmentResponse> {
  return handle(WhatIfEnrollmentRequest, body, (input) => evaluateEnrollment(input));
}

/** POST /api/v1/what-if/readiness: would this device's next enrollment be refused under the change. */
export function handleWhatIfReadiness(body: unknown): HandlerResult<WhatIfReadinessResponse> {
  return handle(WhatIfReadinessRequest, body, (input) => assessReadiness(input));
}

/** POST /api/v1/install-command/lint: fields (tokens and org key masked) and problems of a command line. */
export function handleInstallCommandLint(body: unknown): HandlerResult<InstallCommandLintResponse> {
  return handle(InstallCommandLintRequest, body, ({ command, tenant }) => {
    const { fields, problems } = lintInstallCommand(command, tenant ? { tenant } : {});
    // The public body is exactly the issue's contract: the in-app `param` hint is dropped.
    return { fields, problems: problems.map(({ code, severity, message }) => ({ code, severity, message })) };
  });
}
