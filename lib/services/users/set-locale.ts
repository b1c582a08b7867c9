import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { audited } from "@/lib/server/audit";
import type { ServiceContext } from "@/lib/server/context";

export const SetOwnLocaleInput = z.object({ locale: z.enum(LOCALES) });
export type SetOwnLocaleInput = z.infer<typeof SetOwnLocaleInput>;

/** Saves the signed-in user's language, so it follows them to other browsers (audited). */
export async function setOwnLocale({ ctx, input }: { ctx: ServiceContext; input: SetOwnLocaleInput }) {
  if (ctx.actor.type !== "user") return;
  const userId = ctx.actor.id;
  await audited(ctx, { action: "user.set-locale", targetType: "user", targetId: userId, summary: { locale: input.locale } }, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { locale: input.locale } });
  });
}
