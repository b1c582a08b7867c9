"use client";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { retryDeliveryAction } from "@/lib/actions/notifications";

/** Retries a failed delivery once, now, and shows the outcome next to the button. */
export function RetryDeliveryButton({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const describe = useDescribeError();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(retryDeliveryAction);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        busy={isPending}
        aria-label={t("settings.retryLabel", { id })}
        onClick={async () => {
          const r = await executeAsync({ deliveryId: id });
          setMessage(r?.data ? t("settings.retryResult", { id, status: t(`status.${r.data.status}`) }) : describe(r?.serverError));
          router.refresh();
        }}
      >
        {isPending ? t("settings.retrying") : t("settings.retry")}
      </Button>
      {message ? (
        <span role="status" className="text-xs text-ink-3">
          {message}
        </span>
      ) : null}
    </span>
  );
}
