import { getTranslations } from "next-intl/server";

const STYLE = {
  DISABLED: "bg-surface-2 text-ink-2",
  NOT_ENFORCED: "bg-warning-soft text-warning",
  ENFORCED: "bg-ok-soft text-ok",
} as const;

export async function StateBadge({ state }: { state: keyof typeof STYLE }) {
  const t = await getTranslations("common.state");
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[state]}`}>{t(state)}</span>;
}
