// Lucide icons drawn by server components as plain SVG. lucide-react's own `Icon` is a client
// component, so every icon a server component renders crosses to the browser as a client reference
// with its path data, and is rendered again by the SSR pass; the frame of every page has about 20.
// This draws the same markup (server-icon.test.tsx compares the two for every icon here) from the
// icon's data, which each `lucide-react/icons/<name>` module exports as `__iconData`.
// Client components (and what they import) keep importing from "lucide-react": this module holds
// every icon listed below, which a client bundle should not carry. A new server-drawn icon goes in `icons`.
import type { LucideIconData } from "lucide-react";
import { createElement, type SVGProps } from "react";
import * as arrowDownRight from "lucide-react/icons/arrow-down-right";
import * as arrowUpRight from "lucide-react/icons/arrow-up-right";
import * as ban from "lucide-react/icons/ban";
import * as bell from "lucide-react/icons/bell";
import * as building2 from "lucide-react/icons/building-complex";
import * as calendarClock from "lucide-react/icons/calendar-clock";
import * as calendarDays from "lucide-react/icons/calendar-days";
import * as check from "lucide-react/icons/check";
import * as chevronLeft from "lucide-react/icons/chevron-left";
import * as chevronRight from "lucide-react/icons/chevron-right";
import * as checkCircle2 from "lucide-react/icons/circle-check";
import * as circleHelp from "lucide-react/icons/circle-question-mark";
import * as circleSlash from "lucide-react/icons/circle-slash";
import * as clipboardList from "lucide-react/icons/clipboard-list";
import * as clock from "lucide-react/icons/clock";
import * as copy from "lucide-react/icons/copy";
import * as download from "lucide-react/icons/download";
import * as eye from "lucide-react/icons/eye";
import * as eyeOff from "lucide-react/icons/eye-off";
import * as flaskConical from "lucide-react/icons/flask-conical";
import * as keyRound from "lucide-react/icons/key-round";
import * as languages from "lucide-react/icons/languages";
import * as laptop from "lucide-react/icons/laptop";
import * as layoutDashboard from "lucide-react/icons/layout-dashboard";
import * as logOut from "lucide-react/icons/log-out";
import * as monitor from "lucide-react/icons/monitor";
import * as moon from "lucide-react/icons/moon";
import * as alertOctagon from "lucide-react/icons/octagon-exclamation-point";
import * as presentation from "lucide-react/icons/presentation";
import * as refreshCw from "lucide-react/icons/refresh-cw";
import * as scanSearch from "lucide-react/icons/scan-search";
import * as scrollText from "lucide-react/icons/scroll-text";
import * as settings from "lucide-react/icons/settings";
import * as shieldCheck from "lucide-react/icons/shield-check";
import * as shieldAlert from "lucide-react/icons/shield-exclamation-point";
import * as shieldOff from "lucide-react/icons/shield-off";
import * as squareTerminal from "lucide-react/icons/square-terminal";
import * as sun from "lucide-react/icons/sun";
import * as alertTriangle from "lucide-react/icons/triangle-exclamation-point";
import * as x from "lucide-react/icons/x";

/** The icon data of a `lucide-react/icons/<name>` module (its types declare only the component). */
const data = (module: unknown): LucideIconData => {
  const icon = (module as { __iconData?: LucideIconData }).__iconData;
  if (!icon?.node) throw new Error("lucide-react no longer exports __iconData: see components/ui/server-icon.tsx");
  return icon;
};

/** The icons server components draw, named as lucide-react names them. */
export const icons = {
  AlertOctagon: data(alertOctagon),
  AlertTriangle: data(alertTriangle),
  ArrowDownRight: data(arrowDownRight),
  ArrowUpRight: data(arrowUpRight),
  Ban: data(ban),
  Bell: data(bell),
  Building2: data(building2),
  CalendarClock: data(calendarClock),
  CalendarDays: data(calendarDays),
  Check: data(check),
  CheckCircle2: data(checkCircle2),
  ChevronLeft: data(chevronLeft),
  ChevronRight: data(chevronRight),
  CircleHelp: data(circleHelp),
  CircleSlash: data(circleSlash),
  ClipboardList: data(clipboardList),
  Clock: data(clock),
  Copy: data(copy),
  Download: data(download),
  Eye: data(eye),
  EyeOff: data(eyeOff),
  FlaskConical: data(flaskConical),
  KeyRound: data(keyRound),
  Languages: data(languages),
  Laptop: data(laptop),
  LayoutDashboard: data(layoutDashboard),
  LogOut: data(logOut),
  Monitor: data(monitor),
  Moon: data(moon),
  Presentation: data(presentation),
  RefreshCw: data(refreshCw),
  ScanSearch: data(scanSearch),
  ScrollText: data(scrollText),
  Settings: data(settings),
  ShieldAlert: data(shieldAlert),
  ShieldCheck: data(shieldCheck),
  ShieldOff: data(shieldOff),
  SquareTerminal: data(squareTerminal),
  Sun: data(sun),
  X: data(x),
} satisfies Record<string, LucideIconData>;

export type IconName = keyof typeof icons;

/** An icon as lucide-react draws it (24-unit box, 2-unit round stroke in the current colour), without a client component. */
export function Icon({ name, className, ...rest }: { name: IconName } & Omit<SVGProps<SVGSVGElement>, "children" | "ref">) {
  const icon = icons[name];
  const box = icon.size ?? 24;
  const names = [icon.name, ...(icon.aliases ?? [])].filter((n): n is string => typeof n === "string" && n.trim() !== "");
  const classes = ["lucide", ...names.map((n) => `lucide-${n}`), ...(className?.split(/\s+/) ?? [])].filter(Boolean);
  const hidden = Object.keys(rest).some((k) => k.startsWith("aria-") || k === "role" || k === "title") ? {} : { "aria-hidden": true as const };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={24}
      height={24}
      viewBox={`0 0 ${box} ${box}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={[...new Set(classes)].join(" ")}
      {...hidden}
      {...rest}
    >
      {icon.node.map(([tag, attrs]) => createElement(tag, attrs))}
    </svg>
  );
}
