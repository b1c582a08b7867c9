"use client";
// Records an extension made in the console; opened from the token's row. The form (extend-fields.tsx)
// loads right after the first paint, not with the page (issue 6): the row shows only the button.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useDeferredModule } from "@/components/ui/use-deferred-module";

const loadFields = () => import("./extend-fields");

export function ExtendForm({ tenantId, tokenId, kindLabel }: { tenantId: string; tokenId: string; kindLabel: string }) {
  const t = useTranslations("tenant.extend");
  const tt = useTranslations("tenant.tokens");
  const form = useDeferredModule(loadFields);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!open || !form)
    return (
      <div>
        <button type="button" className="text-xs font-medium text-accent hover:underline" onClick={() => { setOpen(true); setSaved(false); }} aria-label={tt("extendLabel", { kind: kindLabel })}>
          {tt("extend")}
        </button>
        {saved ? <p role="status" className="mt-1 text-xs text-ok">{t("saved")}</p> : null}
      </div>
    );
  return (
    <form.ExtendFields
      tenantId={tenantId}
      tokenId={tokenId}
      onClose={() => setOpen(false)}
      onSaved={() => {
        setOpen(false);
        setSaved(true);
      }}
    />
  );
}
