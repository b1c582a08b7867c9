"use server";
// Language and theme are per-browser cookies (a year); a signed-in user's language is also saved on
// their account, and sign-in copies it back into the cookie on any browser. Anyone may call these:
// the sign-in page has the same switches.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";
import { definePublicAction } from "@/lib/server/action-client";
import { setOwnLocale } from "@/lib/services/users/set-locale";
import { THEME_COOKIE, THEMES } from "@/lib/ui/theme";

const YEAR = 60 * 60 * 24 * 365;
const cookieOptions = { maxAge: YEAR, sameSite: "lax", httpOnly: true, path: "/" } as const;

/** Remembers the chosen language (and saves it on the account when signed in). */
export const setLocaleAction = definePublicAction({ name: "setLocaleAction" }, z.object({ locale: z.enum(LOCALES) }), async ({ input, ctx }) => {
  if (ctx) await setOwnLocale({ ctx, input });
  (await cookies()).set(LOCALE_COOKIE, input.locale, cookieOptions);
  revalidatePath("/", "layout");
  return { ok: true };
});

/** Remembers the chosen theme. */
export const setThemeAction = definePublicAction({ name: "setThemeAction" }, z.object({ theme: z.enum(THEMES) }), async ({ input }) => {
  (await cookies()).set(THEME_COOKIE, input.theme, cookieOptions);
  revalidatePath("/", "layout");
  return { ok: true };
});
