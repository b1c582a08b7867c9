// The icons server components draw (components/ui/server-icon.tsx), by lucide-react's component name,
// with the lucide icon name their CSS class is made of. A new icon goes here, then `npm run icons`
// regenerates app/icons.css (server-icon.test.tsx fails until it does).
export const ICONS = {
  AlertOctagon: "octagon-exclamation-point",
  AlertTriangle: "triangle-exclamation-point",
  ArrowDownRight: "arrow-down-right",
  ArrowUpRight: "arrow-up-right",
  Ban: "ban",
  Bell: "bell",
  Building2: "building-complex",
  CalendarClock: "calendar-clock",
  CalendarDays: "calendar-days",
  Check: "check",
  CheckCircle2: "circle-check",
  ChevronLeft: "chevron-left",
  ChevronRight: "chevron-right",
  CircleHelp: "circle-question-mark",
  CircleSlash: "circle-slash",
  ClipboardList: "clipboard-list",
  Clock: "clock",
  Copy: "copy",
  Download: "download",
  Eye: "eye",
  EyeOff: "eye-off",
  FlaskConical: "flask-conical",
  KeyRound: "key-round",
  Languages: "languages",
  Laptop: "laptop",
  LayoutDashboard: "layout-dashboard",
  LogOut: "log-out",
  Monitor: "monitor",
  Moon: "moon",
  Presentation: "presentation",
  RefreshCw: "refresh-cw",
  ScanSearch: "scan-search",
  ScrollText: "scroll-text",
  Settings: "settings",
  ShieldAlert: "shield-exclamation-point",
  ShieldCheck: "shield-check",
  ShieldOff: "shield-off",
  SquareTerminal: "square-terminal",
  Sun: "sun",
  X: "x",
} as const;

export type IconName = keyof typeof ICONS;

/** The CSS class that draws the icon (app/icons.css). */
export function iconClass(name: IconName): `icon-${string}` {
  return `icon-${ICONS[name]}`;
}
