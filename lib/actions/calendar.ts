"use server";
// Calendar feeds: create (the secret URL is in the result, once) and revoke.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { requiredEnv } from "@/lib/server/env";
import { createCalendarFeed, RevokeCalendarFeedInput, revokeCalendarFeed } from "@/lib/services/calendar/feeds";

const absolute = (path: string) => `${requiredEnv().APP_URL.replace(/\/+$/, "")}${path}`;

/** A feed of one tenant (operator on that tenant). */
export const createTenantCalendarFeedAction = defineAction(
  { name: "createTenantCalendarFeedAction", role: "OPERATOR", tenantScoped: true },
  z.object({ tenantId: z.string().min(1).max(64) }),
  async ({ ctx, input }) => {
    const feed = await createCalendarFeed({ ctx, input: { tenantId: input.tenantId } });
    revalidatePath("/calendar");
    return { id: feed.id, url: absolute(feed.path) };
  },
);

/** A feed of every tenant the creator may see (now and later). */
export const createCalendarFeedAction = defineAction({ name: "createCalendarFeedAction", role: "OPERATOR" }, z.object({}), async ({ ctx }) => {
  const feed = await createCalendarFeed({ ctx, input: { tenantId: null } });
  revalidatePath("/calendar");
  return { id: feed.id, url: absolute(feed.path) };
});

/** Revokes a feed (its creator or an admin). */
export const revokeCalendarFeedAction = defineAction({ name: "revokeCalendarFeedAction", role: "OPERATOR" }, RevokeCalendarFeedInput, async ({ ctx, input }) => {
  await revokeCalendarFeed({ ctx, input });
  revalidatePath("/calendar");
  return { ok: true };
});
