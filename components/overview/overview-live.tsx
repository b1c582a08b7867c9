// The overview's live table and tiles (overview-view.tsx, a client component). The first view's order,
// countdowns and tiles are computed here, on the server, at the overview's `generatedAt`, exactly as
// the browser computes them afterwards; so the urgency rules load in the browser after the first paint
// rather than with the page (issue 6). The icons are rendered here too.
import { AlertTriangle, ArrowDownRight, ArrowUpRight, CalendarClock, Clock, RefreshCw, ShieldAlert, ShieldOff } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { overviewTiles, sortByUrgency } from "@/lib/domain/urgency";
import type { Overview } from "@/lib/dto/overview";
import { OverviewView } from "./overview-view";

export function OverviewLive({ initial }: { initial: Overview }) {
  const at = new Date(initial.generatedAt);
  const order = sortByUrgency(initial.tenants, at).map(({ tenant, urgency }) => ({ id: tenant.id, urgency }));
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
      <OverviewView initial={initial} initialView={{ order, tiles: overviewTiles(initial.tenants, initial.tiles.rotationsInProgress, at) }} icons={icons} />
    </ClientMessages>
  );
}
