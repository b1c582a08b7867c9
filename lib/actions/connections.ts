"use server";
// Connection settings (admins only): thin actions over lib/services/connections. Results carry
// hints and test reports, never a secret.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action-client";
import { deleteMdmConnection } from "@/lib/services/connections/delete-mdm";
import { MdmConnectionInput, MdmConnectionRef, TenantApiInput } from "@/lib/services/connections/inputs";
import { saveMdmConnection } from "@/lib/services/connections/save-mdm";
import { saveTenantApi } from "@/lib/services/connections/save-tenant-api";
import { TestMdmInput, testMdmConnection } from "@/lib/services/connections/test-mdm";
import { TestTenantApiInput, testTenantApi } from "@/lib/services/connections/test-tenant-api";

const refresh = () => revalidatePath("/settings/connections", "layout");

/** Sets a tenant's Netskope API base URL and (optionally) replaces its API token. */
export const saveTenantApiAction = defineAction({ name: "saveTenantApiAction", role: "ADMIN" }, TenantApiInput, async ({ ctx, input }) => {
  const result = await saveTenantApi({ ctx, input });
  refresh();
  return result;
});

/** Tests a tenant's Netskope API: stored settings, or the form's values. */
export const testTenantApiAction = defineAction({ name: "testTenantApiAction", role: "ADMIN" }, TestTenantApiInput, async ({ ctx, input }) => {
  const result = await testTenantApi({ ctx, input });
  if (result.stored) refresh();
  return result;
});

/** Adds or edits an Intune or Jamf Pro connection. */
export const saveMdmConnectionAction = defineAction({ name: "saveMdmConnectionAction", role: "ADMIN" }, MdmConnectionInput, async ({ ctx, input }) => {
  const result = await saveMdmConnection({ ctx, input });
  refresh();
  return result;
});

/** Deletes an MDM connection no MDM target uses. */
export const deleteMdmConnectionAction = defineAction({ name: "deleteMdmConnectionAction", role: "ADMIN" }, MdmConnectionRef, async ({ ctx, input }) => {
  await deleteMdmConnection({ ctx, input });
  refresh();
  return { ok: true };
});

/** Tests an MDM connection: stored (by id), or the form's values. */
export const testMdmConnectionAction = defineAction({ name: "testMdmConnectionAction", role: "ADMIN" }, TestMdmInput, async ({ ctx, input }) => {
  const result = await testMdmConnection({ ctx, input });
  if (result.stored) refresh();
  return result;
});
