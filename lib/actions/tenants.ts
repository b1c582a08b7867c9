"use server";
// The tenant page's actions: thin (validate, authorize per tenant, call one service verb). Reveal and
// copy return a token's value to an operator, after the service has audited it.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { checkDrift } from "@/lib/services/tenants/drift";
import { ExtendTokenInput, extendTokenExpiry } from "@/lib/services/tenants/extend";
import { EnterTokenInput, enterToken } from "@/lib/services/tenants/manual-entry";
import { RevealTokenInput, revealToken } from "@/lib/services/tenants/reveal";
import { AddBlackoutInput, RemoveBlackoutInput, SetThresholdsInput, addBlackoutDay, removeBlackoutDay, setThresholds } from "@/lib/services/tenants/settings";
import { syncTokenSets } from "@/lib/services/tenants/sync";

const TenantOnly = z.object({ tenantId: z.string().min(1).max(64) });
const refresh = (tenantId: string) => {
  revalidatePath(`/tenants/${tenantId}`);
  revalidatePath("/");
};

/** A token's value, for the reveal and copy buttons (audited as token.reveal / token.copy). */
export const revealTokenAction = defineAction({ name: "revealTokenAction", role: "OPERATOR", tenantScoped: true }, RevealTokenInput, async ({ ctx, input }) => revealToken({ ctx, input }));

/** A token pasted from the console. */
export const enterTokenAction = defineAction({ name: "enterTokenAction", role: "OPERATOR", tenantScoped: true }, EnterTokenInput, async ({ ctx, input }) => {
  const r = await enterToken({ ctx, input });
  refresh(input.tenantId);
  return r;
});

/** An extension made in the console. */
export const extendTokenAction = defineAction({ name: "extendTokenAction", role: "OPERATOR", tenantScoped: true }, ExtendTokenInput, async ({ ctx, input }) => {
  const r = await extendTokenExpiry({ ctx, input });
  refresh(input.tenantId);
  return r;
});

/** "Sync from Netskope". */
export const syncTokenSetsAction = defineAction({ name: "syncTokenSetsAction", role: "OPERATOR", tenantScoped: true }, TenantOnly, async ({ ctx, input }) => {
  const r = await syncTokenSets({ ctx, input });
  refresh(input.tenantId);
  return r;
});

/** "Check drift now". */
export const checkDriftAction = defineAction({ name: "checkDriftAction", role: "OPERATOR", tenantScoped: true }, TenantOnly, async ({ ctx, input }) => {
  const r = await checkDrift({ ctx, input });
  refresh(input.tenantId);
  return r;
});

export const setThresholdsAction = defineAction({ name: "setThresholdsAction", role: "OPERATOR", tenantScoped: true }, SetThresholdsInput, async ({ ctx, input }) => {
  const r = await setThresholds({ ctx, input });
  refresh(input.tenantId);
  return r;
});

export const addBlackoutDayAction = defineAction({ name: "addBlackoutDayAction", role: "OPERATOR", tenantScoped: true }, AddBlackoutInput, async ({ ctx, input }) => {
  const r = await addBlackoutDay({ ctx, input });
  refresh(input.tenantId);
  return r;
});

export const removeBlackoutDayAction = defineAction({ name: "removeBlackoutDayAction", role: "OPERATOR", tenantScoped: true }, RemoveBlackoutInput, async ({ ctx, input }) => {
  const r = await removeBlackoutDay({ ctx, input });
  refresh(input.tenantId);
  return r;
});
