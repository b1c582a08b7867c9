"use client";
// "Sync from Netskope" and "Check drift now": one click, a busy state, and the outcome in words. The
// icons come from the server (run-button.tsx), so the icon code stays out of the browser (issue 6).
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { checkDriftAction, syncTokenSetsAction } from "@/lib/actions/tenants";

export function SyncButtonClient({ tenantId, icon }: { tenantId: string; icon: ReactNode }) {
  const t = useTranslations("tenant.sync");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(syncTokenSetsAction);
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        busy={isPending}
        onClick={async () => {
          const r = await executeAsync({ tenantId });
          if (r?.data) {
            const d = r.data;
            setMsg({ error: false, text: [t("done", { sets: d.tokenSets, created: d.created, updated: d.updated, retired: d.retired }), d.withoutValues ? t("noValues", { count: d.withoutValues }) : ""].join(" ") });
          } else setMsg({ error: true, text: r?.serverError?.reason === "not_configured" ? t("notConfigured") : (describe(r?.serverError) ?? "") });
        }}
      >
        <span aria-hidden className={`inline-flex ${isPending ? "animate-spin" : ""}`}>{icon}</span>
        {isPending ? t("busy") : t("button")}
      </Button>
      <p role="status" data-testid="sync-status" className={`max-w-md text-right text-xs ${msg?.error ? "text-critical" : "text-ink-3"}`}>{msg?.text ?? ""}</p>
    </div>
  );
}

export function CheckDriftButtonClient({ tenantId, icon }: { tenantId: string; icon: ReactNode }) {
  const t = useTranslations("tenant.mdm");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(checkDriftAction);
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        busy={isPending}
        onClick={async () => {
          const r = await executeAsync({ tenantId });
          setMsg(r?.data ? { error: false, text: t("checked", { ...r.data }) } : { error: true, text: describe(r?.serverError) ?? "" });
        }}
      >
        {icon}
        {isPending ? t("checking") : t("check")}
      </Button>
      <p role="status" data-testid="drift-status" className={`max-w-md text-right text-xs ${msg?.error ? "text-critical" : "text-ink-3"}`}>{msg?.text ?? ""}</p>
    </div>
  );
}
