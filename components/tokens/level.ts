import type { CountdownLevel } from "@/lib/domain/countdown";

// A countdown pill's colours are in app/globals.css (.countdown-pill[data-level]); its level's name is
// always written too (colour is never the only cue).
export const LEVEL_DOT: Record<CountdownLevel, string> = {
  ok: "bg-ok",
  notice: "bg-notice",
  warning: "bg-warning",
  critical: "bg-critical",
  expired: "bg-expired",
};
