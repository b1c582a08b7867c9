"use client";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { acknowledgeAlertAction, snoozeAlertAction } from "@/lib/actions/notifications";

/** Acknowledge, and snooze for 1/3/7 days or until a date (the tenant's calendar day). */
export function AlertActions({ tenantId, alertId, label, acknowledged }: { tenantId: string; alertId: string; label: { tenant: string; kind: string }; acknowledged: boolean }) {
  const t = useTranslations("notifications.alerts");
  const te = useTranslations("notifications.errors");
  const describe = useDescribeError();
  const router = useRouter();
  const ack = useAction(acknowledgeAlertAction);
  const snooze = useAction(snoozeAlertAction);
  const [choice, setChoice] = useState("1");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = useId();

  async function onSnooze(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const date = String(new FormData(e.currentTarget).get("until") ?? "");
    const input = choice === "date" ? { tenantId, alertId, choice: { untilDate: date } } : { tenantId, alertId, choice: { days: Number(choice) as 1 | 3 | 7 } };
    const r = await snooze.executeAsync(input);
    setMessage(r?.data ? { error: false, text: t("done") } : { error: true, text: r?.serverError?.reason === "snooze" || r?.validationErrors ? te("snooze") : (describe(r?.serverError) ?? te("snooze")) });
    if (r?.data) router.refresh();
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {!acknowledged ? (
        <Button
          busy={ack.isPending}
          aria-label={t("acknowledgeLabel", label)}
          onClick={async () => {
            const r = await ack.executeAsync({ tenantId, alertId });
            setMessage(r?.data ? { error: false, text: t("done") } : { error: true, text: describe(r?.serverError) ?? "" });
            if (r?.data) router.refresh();
          }}
        >
          {t("acknowledge")}
        </Button>
      ) : null}
      <form onSubmit={onSnooze} className="flex flex-wrap items-center gap-2" aria-label={t("snoozeLabel", label)}>
        <label htmlFor={`${id}-for`} className="sr-only">
          {t("snoozeFor")}
        </label>
        <select id={`${id}-for`} value={choice} onChange={(e) => setChoice(e.target.value)} className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink">
          <option value="1">{t("snooze1")}</option>
          <option value="3">{t("snooze3")}</option>
          <option value="7">{t("snooze7")}</option>
          <option value="date">{t("snoozeUntil")}</option>
        </select>
        {choice === "date" ? (
          <>
            <label htmlFor={`${id}-date`} className="sr-only">
              {t("snoozeDate")}
            </label>
            <input id={`${id}-date`} type="date" name="until" required className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink" />
          </>
        ) : null}
        <Button type="submit" variant="secondary" busy={snooze.isPending}>
          {t("snooze")}
        </Button>
      </form>
      {message ? (
        <span role={message.error ? "alert" : "status"} className={`text-xs ${message.error ? "text-critical" : "text-ink-3"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
