"use client";
// Manual entry of a token pasted from the console, with its dates in the tenant's time zone. The
// server validates (format, not a previous token, future expiry, the 90-day minimum); each error is
// shown next to its field. Loaded after the first paint by token-entry-form.tsx (it sits in a closed
// disclosure), not with the page (issue 6).
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { enterTokenAction } from "@/lib/actions/tenants";
import { useActionErrors } from "./use-action-errors";

export interface TokenEntryProps {
  tenantId: string;
  timeZone: string;
  sets: { id: string; label: string }[];
}

export function TokenEntryFields({ tenantId, timeZone, sets }: TokenEntryProps) {
  const t = useTranslations("tenant.entry");
  const tk = useTranslations("tenant.kind");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(enterTokenAction);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Follows the tenant's first set until the person picks one (a set created by the last save appears after it).
  const [chosenSet, setChosenSet] = useState<string | null>(null);
  const tokenSetId = chosenSet !== null && (chosenSet === "new" || sets.some((s) => s.id === chosenSet)) ? chosenSet : (sets[0]?.id ?? "new");

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const f = new FormData(el);
    setSaved(false);
    const r = await executeAsync({
      tenantId,
      kind: f.get("kind") === "ENCRYPTION" ? "ENCRYPTION" : "AUTH",
      value: String(f.get("value") ?? ""),
      tokenSetId,
      createdAt: String(f.get("createdAt") ?? ""),
      expiresAt: String(f.get("expiresAt") ?? ""),
    });
    if (r?.data) {
      setFields({});
      setFormError(null);
      setSaved(true);
      setChosenSet(null);
      el.reset();
      return;
    }
    const { fields: fe, form } = errorsOf(r);
    setFields(fe);
    setFormError(form);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby="entry-description">
      <p id="entry-description" className="text-sm text-ink-3">{t("description", { timeZone })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField label={t("kind")} name="kind" defaultValue="AUTH">
          <option value="AUTH">{tk("AUTH")}</option>
          <option value="ENCRYPTION">{tk("ENCRYPTION")}</option>
        </SelectField>
        <SelectField label={t("tokenSet")} name="tokenSetId" value={tokenSetId} onChange={(e) => setChosenSet(e.target.value)} error={fields.tokenSetId}>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
          <option value="new">{t("newSet")}</option>
        </SelectField>
      </div>
      <TextField label={t("value")} name="value" hint={t("valueHint")} error={fields.value} autoComplete="off" spellCheck={false} className="font-mono" />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("createdAt")} name="createdAt" type="datetime-local" hint={t("createdHint")} error={fields.createdAt} />
        <TextField label={t("expiresAt")} name="expiresAt" type="datetime-local" hint={t("expiresHint")} error={fields.expiresAt} required />
      </div>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">{t("saved")}</Notice> : null}
      <Button type="submit" busy={isPending}>{isPending ? t("busy") : t("submit")}</Button>
    </form>
  );
}
