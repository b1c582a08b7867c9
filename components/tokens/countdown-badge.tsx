import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { expiredAgo, type Countdown, type CountdownLevel } from "@/lib/domain/countdown";
import { remembered } from "@/lib/i18n/remembered";

const LEVELS: readonly CountdownLevel[] = ["ok", "notice", "warning", "critical", "expired"];

export interface CountdownWords {
  /** "8 d 14 h", or "2 d 3 h ago" once expired. */
  text(countdown: Countdown): string;
  /** The level in words ("Warning"): colour is never the only cue. */
  level: Record<CountdownLevel, string>;
}

/** The words of countdowns, the level names resolved once: a table of hundreds of badges asks once. */
export function useCountdownWords(): CountdownWords {
  const t = useTranslations("overview.countdown");
  const locale = useLocale();
  return useMemo(() => {
    const level = Object.fromEntries(LEVELS.map((l) => [l, t(`level.${l}`)])) as Record<CountdownLevel, string>;
    // Remembered per (expired, days, hours) across renders (lib/i18n/remembered.ts): a table's
    // countdowns repeat those few values, and formatting a message is what this costs.
    const scope = `${locale}:overview.countdown`;
    const text = (c: Countdown) => {
      const { days, hours } = c.expired ? expiredAgo(c.msLeft) : c;
      const key = c.expired ? "expiredAgo" : "left";
      return remembered(scope, key, { days, hours }, () => t(key, { days, hours }));
    };
    return { text, level };
  }, [t, locale]);
}

/** "8 d 14 h" in the level's colour, with the level in words, given the words (useCountdownWords). */
export function CountdownPill({ countdown, words, size = "md" }: { countdown: Countdown; words: CountdownWords; size?: "md" | "lg" }) {
  return (
    // .countdown-pill (app/globals.css) colours it by data-level.
    <span data-level={countdown.level} className={`countdown-pill ${size === "lg" ? "text-base" : "text-sm"}`}>
      {words.text(countdown)}
      <span className="countdown-pill-level">{words.level[countdown.level]}</span>
    </span>
  );
}

/** A single countdown badge (a table of them shares useCountdownWords and CountdownPill instead). */
export function CountdownBadge({ countdown, size = "md" }: { countdown: Countdown; size?: "md" | "lg" }) {
  return <CountdownPill countdown={countdown} words={useCountdownWords()} size={size} />;
}
