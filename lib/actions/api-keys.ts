"use server";
// API key administration (admins only).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action-client";
import { CreateApiKeyInput, createApiKey } from "@/lib/services/api-keys/create";
import { RevokeApiKeyInput, revokeApiKey } from "@/lib/services/api-keys/revoke";

/** Creates a key; the key is in the result, once. */
export const createApiKeyAction = defineAction({ name: "createApiKeyAction", role: "ADMIN" }, CreateApiKeyInput, async ({ ctx, input }) => {
  const created = await createApiKey({ ctx, input });
  revalidatePath("/settings/api-keys");
  return { id: created.id, key: created.key, prefix: created.prefix, expiresAt: created.expiresAt?.toISOString() ?? null };
});

/** Revokes a key. */
export const revokeApiKeyAction = defineAction({ name: "revokeApiKeyAction", role: "ADMIN" }, RevokeApiKeyInput, async ({ ctx, input }) => {
  await revokeApiKey({ ctx, input });
  revalidatePath("/settings/api-keys");
  return { ok: true };
});
