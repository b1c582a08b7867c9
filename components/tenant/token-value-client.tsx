"use client";
// A token's masked value with Reveal and Copy for operators. The value is fetched by a server action
// on click (audited there), kept in memory only while shown, and hidden again after 30 seconds. The
// icons come from the server (token-value.tsx), so the icon code stays out of the browser (issue 6).
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { revealTokenAction } from "@/lib/actions/tenants";

const SHOW_MS = 30_000;
const iconButton = "inline-flex items-center gap-1 rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2 disabled:opacity-60";

export type TokenValueIcons = Record<"reveal" | "hide" | "copy" | "copied", ReactNode>;

export function TokenValueClient({ tenantId, tokenId, masked, kindLabel, canReveal, icons }: { tenantId: string; tokenId: string; masked: string; kindLabel: string; canReveal: boolean; icons: TokenValueIcons }) {
  const t = useTranslations("tenant.tokens");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(revealTokenAction);
  const [value, setValue] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  useEffect(() => {
    if (!value) return;
    const id = setTimeout(() => setValue(null), SHOW_MS);
    return () => clearTimeout(id);
  }, [value]);
  useEffect(() => {
    if (!copied) return;
    const id = setTimeout(() => setCopied(false), 3_000);
    return () => clearTimeout(id);
  }, [copied]);

  async function reveal() {
    if (value) return setValue(null);
    const r = await executeAsync({ tenantId, tokenId, purpose: "reveal" });
    if (r?.data) {
      setValue(r.data.value);
      setMessage({ tone: "ok", text: t("revealed") });
    } else setMessage({ tone: "error", text: describe(r?.serverError) ?? "" });
  }

  async function copy() {
    const r = await executeAsync({ tenantId, tokenId, purpose: "copy" });
    if (!r?.data) return setMessage({ tone: "error", text: describe(r?.serverError) ?? "" });
    try {
      await navigator.clipboard.writeText(r.data.value);
      setCopied(true);
      setMessage(null);
    } catch {
      setMessage({ tone: "error", text: t("copyFailed") });
    }
  }

  return (
    <div className="min-w-48">
      <div className="flex flex-wrap items-center gap-1.5">
        <code className="break-all rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-ink" data-testid="token-value">
          {value ?? masked}
        </code>
        {canReveal ? (
          <>
            <button type="button" className={iconButton} onClick={reveal} disabled={isPending} aria-label={value ? t("hide") : t("revealLabel", { kind: kindLabel })} aria-pressed={value !== null}>
              {value ? icons.hide : icons.reveal}
              {value ? t("hide") : t("reveal")}
            </button>
            <button type="button" className={iconButton} onClick={copy} disabled={isPending} aria-label={t("copyLabel", { kind: kindLabel })}>
              {copied ? icons.copied : icons.copy}
              {copied ? t("copied") : t("copy")}
            </button>
          </>
        ) : null}
      </div>
      <p aria-live="polite" className={`mt-1 text-xs ${message?.tone === "error" ? "text-critical" : "text-ink-3"}`}>
        {copied ? t("copied") : (message?.text ?? "")}
      </p>
    </div>
  );
}
