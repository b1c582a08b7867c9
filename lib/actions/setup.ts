"use server";
// First run: creates the first admin while no user exists (then the page signs them in).
import { headers } from "next/headers";
import { definePublicAction } from "@/lib/server/action-client";
import { requestFacts } from "@/lib/server/session";
import { CreateFirstAdminInput, createFirstAdmin } from "@/lib/services/users/setup";

/** Creates the first admin; refused once any user exists. */
export const createFirstAdminAction = definePublicAction({ name: "createFirstAdminAction" }, CreateFirstAdminInput, async ({ input }) => {
  const user = await createFirstAdmin({ request: requestFacts(await headers()), input });
  return { email: user.email };
});
