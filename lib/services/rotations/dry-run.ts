import "server-only";
// Dry run: every vendor call a run would make, in order, bodies masked, without making any. Built
// from the plan's steps and the tenant's recorded MDM targets (the handlers make the same calls).
import { planSteps, type RotationPlanId } from "@/lib/domain/rotation-steps";
import type { ServiceContext } from "@/lib/server/context";
import { getTenantOrThrow } from "@/lib/services/scope";

export interface DryRunCall {
  step: string;
  vendor: "netskope" | "intune" | "jamf" | "addon";
  method: string;
  path: string;
  body: string | null;
}

const M = "••••••";

export async function dryRunCalls({ ctx, input }: { ctx: ServiceContext; input: { tenantId: string; plan: RotationPlanId; nsdiagGroupId?: string | null } }): Promise<DryRunCall[]> {
  await getTenantOrThrow(ctx, input.tenantId, "VIEWER");
  const targets = await ctx.db.mdmTarget.findMany({ where: { tenantId: input.tenantId, kind: { in: ["INTUNE_WIN32_APP", "JAMF_POLICY"] } }, orderBy: { name: "asc" } });
  const tenant = await ctx.db.tenant.findUniqueOrThrow({ where: { id: input.tenantId }, select: { slug: true, testDeviceUid: true } });
  const calls: DryRunCall[] = [];
  const ns = (step: string, method: string, path: string, body: string | null = null) => calls.push({ step, vendor: "netskope", method, path: `/api/v2/${path}`, body });
  for (const s of planSteps(input.plan)) {
    switch (s.id) {
      case "enable-not-enforced":
        ns(s.id, "GET", "enrollment/tokenset");
        ns(s.id, "POST", "enrollment/tokenset");
        ns(s.id, "PATCH", "enrollment/tokenset/{tsid}", '{"enforce_status":0} (only if it shows Enforced)');
        break;
      case "unenforce":
        ns(s.id, "GET", "enrollment/tokenset");
        ns(s.id, "PATCH", "enrollment/tokenset/{tsid}", '{"enforce_status":0}');
        break;
      case "refresh-token":
        ns(s.id, "GET", "enrollment/tokenset");
        ns(s.id, "PATCH", "enrollment/tokenset/{tsid}", '{"type":0}');
        break;
      case "add-new-token":
        ns(s.id, "GET", "enrollment/tokenset");
        ns(s.id, "POST", "enrollment/tokenset");
        ns(s.id, "PATCH", "enrollment/tokenset/{new tsid}", '{"enforce_status":1}');
        break;
      case "update-mdm-commands":
        for (const t of targets) {
          if (t.kind === "INTUNE_WIN32_APP") {
            calls.push({ step: s.id, vendor: "intune", method: "GET", path: `/v1.0/deviceAppManagement/mobileApps/${t.externalId}`, body: null });
            calls.push({ step: s.id, vendor: "intune", method: "PATCH", path: `/v1.0/deviceAppManagement/mobileApps/${t.externalId}`, body: `{"installCommandLine":"… enrollauthtoken=${M} …"} (${t.name})` });
          } else {
            calls.push({ step: s.id, vendor: "jamf", method: "GET", path: `/JSSResource/policies/id/${t.externalId}`, body: null });
            calls.push({ step: s.id, vendor: "jamf", method: "PUT", path: `/JSSResource/policies/id/${t.externalId}`, body: `<parameter${t.tokenParameter ?? 4}>${M}</parameter${t.tokenParameter ?? 4}> (${t.name})` });
          }
        }
        break;
      case "push-nsdiag":
        if (input.nsdiagGroupId) {
          calls.push({ step: s.id, vendor: "intune", method: "POST", path: "/beta/deviceManagement/deviceManagementScripts", body: `{"scriptContent":"nsdiag.exe -e enrollauthtoken=${M}","runAsAccount":"system"}` });
          calls.push({ step: s.id, vendor: "intune", method: "POST", path: "/beta/deviceManagement/deviceManagementScripts/{id}/assign", body: `{"groupId":"${input.nsdiagGroupId}"}` });
          calls.push({ step: s.id, vendor: "intune", method: "GET", path: "/beta/deviceManagement/deviceManagementScripts/{id}/deviceRunStates", body: "(polled)" });
        }
        break;
      case "enforce":
        ns(s.id, "PATCH", "enrollment/tokenset/{tsid}", '{"enforce_status":1}');
        break;
      case "retire-old-token":
        ns(s.id, "DELETE", "enrollment/tokenset/{old tsid}");
        break;
      case "verify":
        calls.push({ step: s.id, vendor: "addon", method: "POST", path: `/addon/${tenant.slug}/enroll`, body: `{"nsdeviceuid":"${tenant.testDeviceUid ?? "?"}","authToken":"${M}"}` });
        break;
      case "schedule-renewal":
        break;
    }
  }
  return calls;
}
