"use client";
import { Languages, Monitor, Moon, Sun } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction, setThemeAction } from "@/lib/actions/preferences";
import { LOCALES, isLocale } from "@/lib/i18n/locale";
import { THEMES, type Theme } from "@/lib/ui/theme";

const THEME_ICON = { system: Monitor, light: Sun, dark: Moon } as const;

/** Language and theme switches; each choice is remembered (cookie) and applied on the server render. */
export function Preferences({ theme }: { theme: Theme }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-2" aria-busy={pending}>
      <label className="flex items-center gap-1.5 text-sm text-ink-2">
        <Languages aria-hidden className="size-4" />
        <span className="sr-only">{t("language.label")}</span>
        <select
          className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          value={locale}
          onChange={(e) => {
            const next = e.target.value;
            if (isLocale(next)) start(() => void setLocaleAction({ locale: next }));
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <div role="radiogroup" aria-label={t("theme.label")} className="flex rounded-md border border-line bg-surface p-0.5">
        {THEMES.map((value) => {
          const Icon = THEME_ICON[value];
          const checked = value === theme;
          return (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={checked}
              title={t(`theme.${value}`)}
              onClick={() => start(() => void setThemeAction({ theme: value }))}
              className={`rounded p-1.5 ${checked ? "bg-accent-soft text-accent" : "text-ink-3 hover:text-ink"}`}
            >
              <Icon aria-hidden className="size-4" />
              <span className="sr-only">{t(`theme.${value}`)}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
