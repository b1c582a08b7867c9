// Level colours outside the countdown pill, whose colours are in app/globals.css
// (.countdown-pill[data-level]). The level's name is always written too: colour is never the only cue.
import type { CountdownLevel } from "@/lib/domain/countdown";

/** The left edge of an overview row, in its most urgent level's colour (the level is written in its pills too). */
export const LEVEL_EDGE: Record<CountdownLevel, string> = {
  ok: "border-l-ok",
  notice: "border-l-notice",
  warning: "border-l-warning",
  critical: "border-l-critical",
  expired: "border-l-expired",
};
