"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A secret that exists in the browser only now (a new API key or password): copy it, then it is gone. */
export function SecretOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const t = useTranslations("admin.secretOnce");
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-warning/40 bg-warning-soft p-4" role="status">
      <p className="text-sm font-medium text-ink">{label}</p>
      <div className="mt-2 flex gap-2">
        <input readOnly value={value} aria-label={label} data-testid="secret-once" className="w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm text-ink" onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="mt-2 text-xs text-warning">{t("warning")}</p>
      <Button className="mt-3" variant="secondary" onClick={onDone}>
        {t("done")}
      </Button>
    </div>
  );
}
