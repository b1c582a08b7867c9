"use server";
// Language and theme are per-browser cookies (a year); sign-in also copies the user's saved language.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";
import { THEME_COOKIE, THEMES } from "@/lib/ui/theme";

const YEAR = 60 * 60 * 24 * 365;
const cookieOptions = { maxAge: YEAR, sameSite: "lax", httpOnly: true, path: "/" } as const;

const SetLocaleInput = z.object({ locale: z.enum(LOCALES) });
const SetThemeInput = z.object({ theme: z.enum(THEMES) });

/** Remembers the chosen language. */
export async function setLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = SetLocaleInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, cookieOptions);
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Remembers the chosen theme. */
export async function setThemeAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = SetThemeInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(THEME_COOKIE, parsed.data.theme, cookieOptions);
  revalidatePath("/", "layout");
  return { ok: true };
}
