"use client";
// The extension form itself (extend-form.tsx shows the button that opens it and loads this module
// after the first paint, so it is not part of the page's first-load JavaScript, issue 6).
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import { extendTokenAction } from "@/lib/actions/tenants";
import { useActionErrors } from "./use-action-errors";

export function ExtendFields({ tenantId, tokenId, onClose, onSaved }: { tenantId: string; tokenId: string; onClose: () => void; onSaved: () => void }) {
  const t = useTranslations("tenant.extend");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(extendTokenAction);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await executeAsync({ tenantId, tokenId, expiresAt: String(f.get("expiresAt") ?? ""), note: String(f.get("note") ?? "") || undefined });
    if (r?.data) {
      onSaved();
      return;
    }
    const { fields: fe, form } = errorsOf(r);
    setFields(fe);
    setFormError(form);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-1 w-64 space-y-2 rounded-md border border-line bg-surface-2 p-3" aria-label={t("heading")}>
      <p className="text-xs text-ink-3">{t("description")}</p>
      <TextField label={t("expiresAt")} name="expiresAt" type="datetime-local" error={fields.expiresAt} required autoFocus />
      <TextField label={t("note")} name="note" maxLength={200} error={fields.note} />
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="flex gap-2">
        <Button type="submit" busy={isPending}>{t("submit")}</Button>
        <Button variant="secondary" onClick={onClose}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
