// The command (Windows) or Jamf script parameters (macOS) the builder's fields compose, through the
// domain's validated builders (zod). Loaded by the builder after the page is shown, not with it: zod
// would add ~30 kB to the page's first-load JavaScript (issue 6).
import type { z } from "zod";
import { buildJamfParameters, buildMsiexecCommand, JamfOptions, MsiexecOptions } from "@/lib/domain/install-command";
import { builderFields, FIELD_KIND, type BuilderField, type BuilderState, type BuildOutput } from "./build-model";

function options(state: BuilderState): Record<string, unknown> {
  const o: Record<string, unknown> = { installMode: state.installMode };
  for (const { field, required } of builderFields(state)) {
    const value = state[field].trim();
    // An empty optional field is "not set" (null); the builders' defaults apply to the MSI path only.
    if (value !== "" || required) o[field] = value;
    else if (field !== "msiPath") o[field] = null;
  }
  // The Jamf IdP script has no multi-user slot: per-user configuration comes from the IdP there.
  if (state.os === "windows" || state.installMode === "upn") o.multiUser = state.multiUser;
  return o;
}

function failure(state: BuilderState, error: z.ZodError): BuildOutput {
  const bad = new Set(error.issues.map((i) => i.path[0]).filter((k): k is BuilderField => typeof k === "string" && k in FIELD_KIND));
  const fields = builderFields(state).map((s) => s.field).filter((f) => bad.has(f));
  return { ok: false, missing: fields.filter((f) => state[f].trim() === ""), invalid: fields.filter((f) => state[f].trim() !== "") };
}

/** The composed command or parameters, tokens masked unless `reveal`; or which fields are missing or invalid. */
export function buildFromState(state: BuilderState, reveal: boolean): BuildOutput {
  const input = options(state);
  if (state.os === "windows") {
    const parsed = MsiexecOptions.safeParse(input);
    return parsed.success ? { ok: true, kind: "msiexec", command: buildMsiexecCommand(parsed.data, { reveal }) } : failure(state, parsed.error);
  }
  const parsed = JamfOptions.safeParse(input);
  return parsed.success ? { ok: true, kind: "jamf", parameters: buildJamfParameters(parsed.data, { reveal }) } : failure(state, parsed.error);
}
