import { CircleCheck, CircleMinus, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";

const STYLE = {
  ok: { className: "bg-ok-soft text-ok", Icon: CircleCheck },
  failed: { className: "bg-critical-soft text-critical", Icon: CircleX },
  skipped: { className: "bg-surface-2 text-ink-2", Icon: CircleMinus },
} as const;

/** Pass / fail / not checked, in words and with an icon (never colour alone). */
export function CheckStatus({ status }: { status: keyof typeof STYLE }) {
  const t = useTranslations("connections.status");
  const { className, Icon } = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${className}`}>
      <Icon aria-hidden className="h-3.5 w-3.5" />
      {t(status)}
    </span>
  );
}
