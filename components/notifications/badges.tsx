// Small coloured labels for alert levels and delivery statuses (text always says it: colour is extra).
const LEVEL = {
  NOTICE: "bg-surface-2 text-ink-2",
  WARNING: "bg-warning-soft text-warning",
  CRITICAL: "bg-critical-soft text-critical",
  EXPIRED: "bg-critical text-white",
} as const;

const STATUS = {
  PENDING: "bg-surface-2 text-ink-2",
  SENT: "bg-ok-soft text-ok",
  FAILED: "bg-critical-soft text-critical",
  CANCELLED: "bg-surface-2 text-ink-3",
} as const;

const pill = "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium";

export function LevelBadge({ level, label }: { level: keyof typeof LEVEL; label: string }) {
  return <span className={`${pill} ${LEVEL[level]}`}>{label}</span>;
}

export function DeliveryStatusBadge({ status, label }: { status: keyof typeof STATUS; label: string }) {
  return <span className={`${pill} ${STATUS[status]}`}>{label}</span>;
}
