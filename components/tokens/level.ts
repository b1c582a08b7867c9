import type { CountdownLevel } from "@/lib/domain/countdown";

/** Colour of a countdown level; the level's name is always written too (colour is never the only cue). */
export const LEVEL_PILL: Record<CountdownLevel, string> = {
  ok: "bg-ok-soft text-ok",
  notice: "bg-notice-soft text-notice",
  warning: "bg-warning-soft text-warning",
  critical: "bg-critical-soft text-critical",
  expired: "bg-expired-soft text-expired ring-1 ring-inset ring-expired/60",
};

export const LEVEL_DOT: Record<CountdownLevel, string> = {
  ok: "bg-ok",
  notice: "bg-notice",
  warning: "bg-warning",
  critical: "bg-critical",
  expired: "bg-expired",
};
