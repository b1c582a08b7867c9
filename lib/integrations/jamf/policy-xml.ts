// Classic API policy XML through fast-xml-parser, both ways: never string concatenation, so a token
// containing `&`, `<` or quotes is escaped by the builder and read back intact.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import type { ScriptParameters } from "../types";

export const PARAMETER_NUMBERS = [4, 5, 6, 7, 8, 9, 10, 11] as const;
export type ParameterNumber = (typeof PARAMETER_NUMBERS)[number];

// Elements that repeat: forced to arrays even when a policy has only one.
const ARRAY_PATHS = new Set([
  "policy.scripts.script",
  "policy.scope.computers.computer",
  "policy.scope.computer_groups.computer_group",
  "policies.policy",
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  // Keep every value a string: a token like "0123e4" must not become a number.
  parseTagValue: false,
  // Pretty-printed XML has whitespace around values; the cost is that a value's own leading or
  // trailing spaces are not preserved (tokens and hosts have none).
  trimValues: true,
  isArray: (_name, jpath) => typeof jpath === "string" && ARRAY_PATHS.has(jpath),
});

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

/** Parses Classic API XML into plain objects (strings, objects, arrays). */
export function parseXml(xml: string): unknown {
  return parser.parse(xml);
}

/** One `<script>` of a policy as we write it back. */
export interface PolicyScriptEntry {
  id: string;
  priority?: string | null;
  parameters: ScriptParameters;
}

/**
 * The `<policy><scripts>` document for a Classic API PUT. The Classic API replaces the whole
 * `<scripts>` list, so every script of the policy must be sent, not only the one that changed.
 */
export function buildPolicyScriptsXml(scripts: PolicyScriptEntry[]): string {
  const script = scripts.map((entry) => {
    const node: Record<string, string> = { id: entry.id };
    if (entry.priority) node.priority = entry.priority;
    for (const n of PARAMETER_NUMBERS) node[`parameter${n}`] = entry.parameters[n] ?? "";
    return node;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ policy: { scripts: { size: String(script.length), script } } })}`;
}

/** `parameter4`..`parameter11` fields → `{4: "...", ...}`, dropping empty ones. */
export function parametersOf(source: Record<string, unknown>): ScriptParameters {
  const out: ScriptParameters = {};
  for (const n of PARAMETER_NUMBERS) {
    const value = source[`parameter${n}`];
    if (typeof value === "string" && value !== "") out[n] = value;
  }
  return out;
}
