// The overview's live table and tiles (overview-view.tsx, a client component), given the overview's
// data and its icons, created here on the server so the icon data does not ship in the view's bundle
// (lucide's Icon itself is a client component: see NOTES.md, weak spots).
import { AlertTriangle, ArrowDownRight, ArrowUpRight, CalendarClock, Clock, RefreshCw, ShieldAlert, ShieldOff } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Overview } from "@/lib/dto/overview";
import { OverviewView } from "./overview-view";

export function OverviewLive({ initial }: { initial: Overview }) {
  const icons = {
    refresh: <RefreshCw aria-hidden className="size-3.5" />,
    expired: <ShieldAlert aria-hidden className="size-5" />,
    expiring: <Clock aria-hidden className="size-5" />,
    notEnforced: <ShieldOff aria-hidden className="size-5" />,
    rotations: <CalendarClock aria-hidden className="size-5" />,
    up: <ArrowUpRight aria-hidden className="size-3" />,
    down: <ArrowDownRight aria-hidden className="size-3" />,
    attention: <AlertTriangle aria-hidden className="mt-0.5 size-3.5 shrink-0" />,
  };
  return (
    // The overview is an index route (a layout of its own would cover every dashboard page): its messages come with it.
    <ClientMessages keys={["overview", "common"]}>
      <OverviewView initial={initial} icons={icons} />
    </ClientMessages>
  );
}
