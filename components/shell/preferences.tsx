import { getLocale, getTranslations } from "next-intl/server";
import { PreferencesControls } from "@/components/shell/preferences-controls";
import { Icon } from "@/components/ui/server-icon";
import { LOCALES } from "@/lib/i18n/locale";
import { THEMES, type Theme } from "@/lib/ui/theme";

const THEME_ICON = { system: "Monitor", light: "Sun", dark: "Moon" } as const;

/**
 * Language and theme switches; each choice is remembered (cookie) and applied on the server render.
 * Labels and icons are rendered here, on the server; only the controls are a client island.
 */
export async function Preferences({ theme }: { theme: Theme }) {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <PreferencesControls
      locale={locale}
      locales={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      languageLabel={t("language.label")}
      languageIcon={<Icon name="Languages" aria-hidden className="size-4" />}
      theme={theme}
      themes={THEMES.map((value) => ({ value, label: t(`theme.${value}`), icon: <Icon name={THEME_ICON[value]} aria-hidden className="size-4" /> }))}
      themeLabel={t("theme.label")}
    />
  );
}
