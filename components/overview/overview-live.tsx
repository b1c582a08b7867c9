// The overview's live table and tiles (overview-view.tsx, a client component), given the overview's
// data and its icons, drawn here on the server (components/ui/server-icon.tsx) so the icon data does
// not ship in the view's bundle. The data crosses to the client component as one JSON string: as an
// object, React's Flight protocol would visit each of its ~2,000 values on the server (a replacer per
// value) and again while rendering the HTML (a reviver per value); a string is passed through whole,
// and JSON.parse reads it at native speed (issue 6; NOTES, session 9).
import { ClientMessages } from "@/components/i18n/client-messages";
import { Icon } from "@/components/ui/server-icon";
import type { Overview } from "@/lib/dto/overview";
import { OverviewView } from "./overview-view";

export function OverviewLive({ initial }: { initial: Overview }) {
  const icons = {
    refresh: <Icon name="RefreshCw" aria-hidden className="size-3.5" />,
    expired: <Icon name="ShieldAlert" aria-hidden className="size-5" />,
    expiring: <Icon name="Clock" aria-hidden className="size-5" />,
    notEnforced: <Icon name="ShieldOff" aria-hidden className="size-5" />,
    rotations: <Icon name="CalendarClock" aria-hidden className="size-5" />,
    up: <Icon name="ArrowUpRight" aria-hidden className="size-3" />,
    down: <Icon name="ArrowDownRight" aria-hidden className="size-3" />,
    attention: <Icon name="AlertTriangle" aria-hidden className="mt-0.5 size-3.5 shrink-0" />,
  };
  return (
    // The overview is an index route (a layout of its own would cover every dashboard page): its messages come with it.
    <ClientMessages keys={["overview", "common.state"]}>
      <OverviewView initialJson={JSON.stringify(initial)} icons={icons} />
    </ClientMessages>
  );
}
