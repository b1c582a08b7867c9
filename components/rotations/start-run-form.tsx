"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { startRotationAction } from "@/lib/actions/rotations";

type Plan = "enable" | "rotate-single" | "rotate-multi";
const PLANS: Plan[] = ["enable", "rotate-single", "rotate-multi"];
const IMPOSSIBLE = ["multi-token-unsupported", "no-api-token", "already-enabled", "not-enabled", "active-run"];

/** Chooses the plan, shows what blocks it, takes an admin's override reason, and starts the run. */
export function StartRunForm(props: { tenantId: string; recommended: Plan; blocking: Record<Plan, string[]>; isAdmin: boolean; fourEyes: boolean; disabled: boolean }) {
  const t = useTranslations("rotations");
  const describe = useDescribeError();
  const router = useRouter();
  const [plan, setPlan] = useState<Plan>(props.recommended);
  const [error, setError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(startRotationAction);
  const blocking = props.blocking[plan];
  const impossible = blocking.some((c) => IMPOSSIBLE.includes(c));
  const needsOverride = blocking.length > 0 && !impossible;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const reason = String(form.get("overrideReason") ?? "").trim();
    const group = String(form.get("nsdiagGroupId") ?? "").trim();
    setError(null);
    const result = await executeAsync({ tenantId: props.tenantId, plan, overrideReason: reason || undefined, nsdiagGroupId: group || undefined, nsdiagThreshold: 0.8 });
    if (result?.data) router.push(`/rotations/${result.data.id}`);
    else setError(describe(result?.serverError) ?? (result?.validationErrors ? t("run.error", { message: JSON.stringify(result.validationErrors) }) : describe({ code: "validation", message: "" })));
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-ink-2">{t("new.choose")}</legend>
        <div className="mt-2 space-y-2">
          {PLANS.map((p) => (
            <label key={p} className="flex items-start gap-2 rounded-md border border-line p-3 text-sm has-[:checked]:border-accent">
              <input type="radio" name="plan" value={p} checked={plan === p} onChange={() => setPlan(p)} className="mt-1" />
              <span>
                <span className="font-medium">{t(`plan.${p}`)}</span>
                {p === props.recommended ? <span className="ml-2 rounded-full bg-ok-soft px-2 py-0.5 text-xs text-ok">{t("new.recommended")}</span> : null}
                <span className="block text-ink-3">{t(`planHint.${p}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {blocking.length ? (
        <div>
          <h3 className="text-sm font-medium text-critical">{t("new.blocking")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink-2">
            {blocking.map((c) => (
              <li key={c}>{t(`new.blockingCode.${c}` as "new.blockingCode.active-run")}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {needsOverride && props.isAdmin ? (
        <div>
          <label htmlFor="overrideReason" className="block text-sm font-medium text-ink-2">
            {t("new.override")}
          </label>
          <textarea id="overrideReason" name="overrideReason" required minLength={10} rows={3} aria-describedby="overrideReason-hint" className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink" />
          <p id="overrideReason-hint" className="mt-1 text-xs text-ink-3">
            {t("new.overrideHint")}
          </p>
        </div>
      ) : null}
      <TextField label={t("new.nsdiagGroup")} hint={t("new.nsdiagGroupHint")} name="nsdiagGroupId" pattern="[0-9a-fA-F-]{36}" />
      {props.fourEyes ? <Notice tone="info">{t("new.fourEyes")}</Notice> : null}
      <Button type="submit" busy={isPending} disabled={props.disabled || impossible || (needsOverride && !props.isAdmin)}>
        {isPending ? t("new.starting") : t("new.start")}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </form>
  );
}
