"use client";
// The client island of the language and theme switches (preferences.tsx renders the labels and icons on
// the server, so this file needs neither next-intl nor the icon library in the browser).
import { useTransition, type ReactNode } from "react";
import { setLocaleAction, setThemeAction } from "@/lib/actions/preferences";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import type { Theme } from "@/lib/ui/theme";

export interface PreferenceOption<T extends string> {
  value: T;
  label: string;
}

export function PreferencesControls({
  locale,
  locales,
  languageLabel,
  languageIcon,
  theme,
  themes,
  themeLabel,
}: {
  locale: string;
  locales: PreferenceOption<Locale>[];
  languageLabel: string;
  languageIcon: ReactNode;
  theme: Theme;
  themes: (PreferenceOption<Theme> & { icon: ReactNode })[];
  themeLabel: string;
}) {
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-2" aria-busy={pending}>
      <label className="flex items-center gap-1.5 text-sm text-ink-2">
        {languageIcon}
        <span className="sr-only">{languageLabel}</span>
        <select
          className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          value={locale}
          onChange={(e) => {
            const next = e.target.value;
            if (isLocale(next)) start(() => void setLocaleAction({ locale: next }));
          }}
        >
          {locales.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <div role="radiogroup" aria-label={themeLabel} className="flex rounded-md border border-line bg-surface p-0.5">
        {themes.map(({ value, label, icon }) => {
          const checked = value === theme;
          return (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={checked}
              title={label}
              onClick={() => start(() => void setThemeAction({ theme: value }))}
              className={`rounded p-1.5 ${checked ? "bg-accent-soft text-accent" : "text-ink-3 hover:text-ink"}`}
            >
              {icon}
              <span className="sr-only">{label}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
