"use server";
// User administration (admins only): thin actions over lib/services/users.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action-client";
import { CreateUserInput, createUser } from "@/lib/services/users/create";
import { SetUserTenantsInput, setUserTenants } from "@/lib/services/users/set-tenants";
import { UserRefInput } from "@/lib/services/users/guards";
import { resetUserPassword } from "@/lib/services/users/reset-password";
import { SetUserDisabledInput, setUserDisabled } from "@/lib/services/users/set-disabled";
import { SetUserRoleInput, setUserRole } from "@/lib/services/users/set-role";
import { unlockUser } from "@/lib/services/users/unlock";

const refresh = () => revalidatePath("/settings/users", "layout");

/** Creates a local user; the initial password is in the result, once. */
export const createUserAction = defineAction({ name: "createUserAction", role: "ADMIN" }, CreateUserInput, async ({ ctx, input }) => {
  const created = await createUser({ ctx, input });
  refresh();
  return created;
});

/** Sets a user's role. */
export const setUserRoleAction = defineAction({ name: "setUserRoleAction", role: "ADMIN" }, SetUserRoleInput, async ({ ctx, input }) => {
  await setUserRole({ ctx, input });
  refresh();
  return { ok: true };
});

/** Replaces a user's tenant assignments. */
export const setUserTenantsAction = defineAction({ name: "setUserTenantsAction", role: "ADMIN" }, SetUserTenantsInput, async ({ ctx, input }) => {
  await setUserTenants({ ctx, input });
  refresh();
  return { ok: true };
});

/** Disables or re-enables a user. */
export const setUserDisabledAction = defineAction({ name: "setUserDisabledAction", role: "ADMIN" }, SetUserDisabledInput, async ({ ctx, input }) => {
  await setUserDisabled({ ctx, input });
  refresh();
  return { ok: true };
});

/** Lifts a lockout. */
export const unlockUserAction = defineAction({ name: "unlockUserAction", role: "ADMIN" }, UserRefInput, async ({ ctx, input }) => {
  await unlockUser({ ctx, input });
  refresh();
  return { ok: true };
});

/** Sets a new random password, returned once. */
export const resetUserPasswordAction = defineAction({ name: "resetUserPasswordAction", role: "ADMIN" }, UserRefInput, async ({ ctx, input }) => {
  const result = await resetUserPassword({ ctx, input });
  refresh();
  return result;
});
