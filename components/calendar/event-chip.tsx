import { Icon } from "@/components/ui/server-icon";
import { getTranslations } from "next-intl/server";
import type { CalendarEvent } from "@/lib/domain/calendar-events";

const LEVEL_STYLE = {
  ok: "border-ok/40 bg-ok-soft text-ok",
  notice: "border-notice/40 bg-notice-soft text-notice",
  warning: "border-warning/40 bg-warning-soft text-warning",
  critical: "border-critical/40 bg-critical-soft text-critical",
  expired: "border-expired/40 bg-expired-soft text-expired",
} as const;

/** The label of an event in the user's language (shared by the grid and the list). */
export async function eventLabel(e: CalendarEvent): Promise<string> {
  const t = await getTranslations("calendar");
  if (e.kind === "expiry") return t("event.expiry", { tenant: e.tenantName ?? "", kind: t(`kind.${e.tokenKind}`) });
  if (e.kind === "rotation") return t(e.planned ? "event.rotationPlanned" : "event.rotationSuggested", { tenant: e.tenantName ?? "" });
  return e.tenantName ? t("event.blackoutTenant", { tenant: e.tenantName, reason: e.reason }) : t("event.blackoutGlobal", { reason: e.reason });
}

export function eventStyle(e: CalendarEvent): string {
  if (e.kind === "expiry") return LEVEL_STYLE[e.level];
  if (e.kind === "rotation") return e.planned ? "border-accent/50 bg-accent-soft text-accent" : "border-dashed border-accent/50 bg-surface text-accent";
  return "border-line bg-surface-2 text-ink-2";
}

export function EventIcon({ e }: { e: CalendarEvent }) {
  return <Icon name={e.kind === "expiry" ? "KeyRound" : e.kind === "rotation" ? "CalendarClock" : "Ban"} aria-hidden className="size-3.5 shrink-0" />;
}

/** One event in a day cell: icon and full label (truncated on screen, read in full by screen readers). */
export async function EventChip({ e }: { e: CalendarEvent }) {
  const label = await eventLabel(e);
  return (
    <li className={`flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${eventStyle(e)}`} title={label} data-kind={e.kind}>
      <EventIcon e={e} />
      <span className="truncate">{label}</span>
    </li>
  );
}
