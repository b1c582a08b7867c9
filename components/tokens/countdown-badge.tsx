import { useTranslations } from "next-intl";
import type { Countdown } from "@/lib/domain/countdown";
import { LEVEL_PILL } from "./level";

/** "8 d 14 h" in the level's colour, with the level in words; "Expired 2 d ago" once expired. */
export function CountdownBadge({ countdown, size = "md" }: { countdown: Countdown; size?: "md" | "lg" }) {
  const t = useTranslations("overview.countdown");
  const ago = Math.floor(-countdown.msLeft / 3_600_000);
  const text = countdown.expired ? t("expiredAgo", { days: Math.floor(ago / 24), hours: ago % 24 }) : t("left", { days: countdown.days, hours: countdown.hours });
  return (
    <span
      data-level={countdown.level}
      className={`inline-flex items-baseline gap-1.5 whitespace-nowrap rounded-md px-2 py-0.5 font-medium tabular-nums ${size === "lg" ? "text-base" : "text-sm"} ${LEVEL_PILL[countdown.level]}`}
    >
      <span>{text}</span>
      <span className="text-[0.7rem] font-semibold uppercase tracking-wide">{t(`level.${countdown.level}`)}</span>
    </span>
  );
}
