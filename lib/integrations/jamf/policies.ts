// Classic API policies (XML) [doc]: the script parameters $4..$11 of a policy carry the real values,
// e.g. `enrollauthtoken=<token>` for the install script or the token for an nsdiag script.
import { IntegrationError } from "../errors";
import { parseWith } from "../http-support";
import type { JamfPolicy, JamfPolicySummary, ScriptParameters } from "../types";
import type { JamfContext } from "./context";
import type { CallOptions } from "./inventory";
import { buildPolicyScriptsXml, parseXml, PARAMETER_NUMBERS } from "./policy-xml";
import { PolicyListXml, PolicyXml } from "./schemas";
import { toJamfPolicy, toJamfPolicySummaries } from "./transform";

const POLICIES = "JSSResource/policies";
const POLICY = "JSSResource/policies/id/{id}";
const XML = "application/xml";

function policyPath(id: string): string {
  return `JSSResource/policies/id/${encodeURIComponent(id)}`;
}

function xmlBody(body: string, endpoint: string): unknown {
  try {
    return parseXml(body);
  } catch {
    throw new IntegrationError({ code: "upstream", vendor: "jamf", endpoint, message: `jamf ${endpoint}: response is not XML` });
  }
}

/** GET /JSSResource/policies: ids and names. */
export async function listPolicies(ctx: JamfContext, options: CallOptions = {}): Promise<JamfPolicySummary[]> {
  const response = await ctx.http.request({ method: "GET", path: POLICIES, endpoint: POLICIES, accept: XML, signal: options.signal });
  return toJamfPolicySummaries(parseWith(PolicyListXml, xmlBody(response.body, POLICIES), "jamf", POLICIES));
}

/** GET /JSSResource/policies/id/{id}: the policy with its scripts, parameters and scope. */
export async function getPolicy(ctx: JamfContext, id: string, options: CallOptions = {}): Promise<JamfPolicy> {
  const response = await ctx.http.request({ method: "GET", path: policyPath(id), endpoint: POLICY, accept: XML, signal: options.signal });
  return toJamfPolicy(parseWith(PolicyXml, xmlBody(response.body, POLICY), "jamf", POLICY));
}

/**
 * Sets parameters of one script of a policy: reads the policy, changes the given parameters
 * (`""` clears one, absent ones are kept), and PUTs the whole `<scripts>` list back, because the
 * Classic API replaces that list as a unit. A PUT of the same values is idempotent: retried.
 * Returns the policy as read back after the write.
 */
export async function setPolicyScriptParameters(ctx: JamfContext, policyId: string, scriptId: string, parameters: ScriptParameters, options: CallOptions = {}): Promise<JamfPolicy> {
  const policy = await getPolicy(ctx, policyId, options);
  if (!policy.scripts.some((script) => script.id === scriptId)) {
    throw new IntegrationError({ code: "not_found", vendor: "jamf", endpoint: POLICY, message: `jamf ${POLICY}: the policy does not run script ${scriptId}` });
  }
  const scripts = policy.scripts.map((script) => {
    if (script.id !== scriptId) return { id: script.id, priority: script.priority, parameters: script.parameters };
    const merged: ScriptParameters = { ...script.parameters };
    for (const n of PARAMETER_NUMBERS) {
      const value = parameters[n];
      if (value === undefined) continue;
      if (value === "") delete merged[n];
      else merged[n] = value;
    }
    return { id: script.id, priority: script.priority, parameters: merged };
  });
  await ctx.http.request({ method: "PUT", path: policyPath(policyId), endpoint: POLICY, body: buildPolicyScriptsXml(scripts), contentType: XML, accept: XML, signal: options.signal });
  return getPolicy(ctx, policyId, options);
}
