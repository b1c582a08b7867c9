"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { verifyAuditChainAction } from "@/lib/actions/audit";

/** Recomputes the hash chain on demand and says whether it is intact, or where it breaks. */
export function VerifyChainButton() {
  const t = useTranslations("admin.audit.verify");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(verifyAuditChainAction);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        busy={isPending}
        onClick={async () => {
          const r = await executeAsync({});
          if (!r?.data) return setMessage({ tone: "error", text: describe(r?.serverError) ?? "" });
          setMessage(r.data.ok ? { tone: "success", text: t("ok", { count: r.data.checked }) } : { tone: "error", text: t("broken", { id: r.data.brokenAt, message: r.data.message }) });
        }}
      >
        {isPending ? t("running") : t("button")}
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
