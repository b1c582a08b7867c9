"use client";
// Records an extension made in the console; opened from the token's row.
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { extendTokenAction } from "@/lib/actions/tenants";
import { useActionErrors } from "./use-action-errors";

export function ExtendForm({ tenantId, tokenId, kindLabel }: { tenantId: string; tokenId: string; kindLabel: string }) {
  const t = useTranslations("tenant.extend");
  const tt = useTranslations("tenant.tokens");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(extendTokenAction);
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await executeAsync({ tenantId, tokenId, expiresAt: String(f.get("expiresAt") ?? ""), note: String(f.get("note") ?? "") || undefined });
    if (r?.data) {
      setOpen(false);
      setSaved(true);
      setFields({});
      setFormError(null);
      return;
    }
    const { fields: fe, form } = errorsOf(r);
    setFields(fe);
    setFormError(form);
  }

  if (!open)
    return (
      <div>
        <button type="button" className="text-xs font-medium text-accent hover:underline" onClick={() => { setOpen(true); setSaved(false); }} aria-label={tt("extendLabel", { kind: kindLabel })}>
          {tt("extend")}
        </button>
        {saved ? <p role="status" className="mt-1 text-xs text-ok">{t("saved")}</p> : null}
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-1 w-64 space-y-2 rounded-md border border-line bg-surface-2 p-3" aria-label={t("heading")}>
      <p className="text-xs text-ink-3">{t("description")}</p>
      <TextField label={t("expiresAt")} name="expiresAt" type="datetime-local" error={fields.expiresAt} required autoFocus />
      <TextField label={t("note")} name="note" maxLength={200} error={fields.note} />
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="flex gap-2">
        <Button type="submit" busy={isPending}>{t("submit")}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
