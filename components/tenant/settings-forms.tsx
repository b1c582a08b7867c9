"use client";
// Countdown thresholds and blackout days of a tenant.
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { addBlackoutDayAction, removeBlackoutDayAction, setThresholdsAction } from "@/lib/actions/tenants";
import { useActionErrors } from "./use-action-errors";

export function ThresholdsForm({ tenantId, days }: { tenantId: string; days: number[] }) {
  const t = useTranslations("tenant.thresholds");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(setThresholdsAction);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const r = await executeAsync({ tenantId, days: String(new FormData(e.currentTarget).get("days") ?? "") });
    setSaved(Boolean(r?.data));
    const { fields, form } = errorsOf(r);
    setError(r?.data ? null : (fields.days ?? form));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="w-56">
        <TextField label={t("label")} name="days" defaultValue={days.join(", ")} error={error} inputMode="numeric" />
      </div>
      <Button type="submit" variant="secondary" busy={isPending}>{t("submit")}</Button>
      {saved ? <p role="status" className="pb-2 text-xs text-ok">{t("saved")}</p> : null}
    </form>
  );
}

export function AddBlackoutForm({ tenantId, isAdmin }: { tenantId: string; isAdmin: boolean }) {
  const t = useTranslations("tenant.blackout");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(addBlackoutDayAction);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const f = new FormData(el);
    const r = await executeAsync({ tenantId, day: String(f.get("day") ?? ""), reason: String(f.get("reason") ?? ""), global: f.get("global") === "on" });
    if (r?.data) {
      el.reset();
      setFields({});
      setFormError(null);
      return;
    }
    const { fields: fe, form } = errorsOf(r);
    setFields(fe);
    setFormError(form);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[11rem_1fr_auto] sm:items-end">
        <TextField label={t("day")} name="day" type="date" error={fields.day} required />
        <TextField label={t("reason")} name="reason" maxLength={120} error={fields.reason} required />
        <Button type="submit" variant="secondary" busy={isPending}>{t("add")}</Button>
      </div>
      {isAdmin ? (
        <label className="flex items-center gap-2 text-sm text-ink-2">
          <input type="checkbox" name="global" className="size-4 accent-[var(--eh-accent)]" />
          {t("globalCheckbox")}
        </label>
      ) : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
    </form>
  );
}

export function RemoveBlackoutButton({ tenantId, blackoutDayId, day }: { tenantId: string; blackoutDayId: string; day: string }) {
  const t = useTranslations("tenant.blackout");
  const errorsOf = useActionErrors();
  const { executeAsync, isPending } = useAction(removeBlackoutDayAction);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={isPending}
        className="text-xs font-medium text-critical hover:underline disabled:opacity-60"
        aria-label={t("removeLabel", { day })}
        onClick={async () => {
          const r = await executeAsync({ tenantId, blackoutDayId });
          setError(r?.data ? null : errorsOf(r).form);
        }}
      >
        {t("remove")}
      </button>
      {error ? <span role="alert" className="text-xs text-critical">{error}</span> : null}
    </span>
  );
}
