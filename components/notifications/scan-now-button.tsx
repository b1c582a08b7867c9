"use client";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { scanNotificationsNowAction } from "@/lib/actions/notifications";

/** Runs the scheduled scan now and says what it did. */
export function ScanNowButton() {
  const t = useTranslations("notifications.settings");
  const describe = useDescribeError();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(scanNotificationsNowAction);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="secondary"
        busy={isPending}
        onClick={async () => {
          const r = await executeAsync({});
          setMessage(r?.data ? { tone: "success", text: t("scanResult", { ...r.data }) } : { tone: "error", text: describe(r?.serverError) ?? "" });
          router.refresh();
        }}
      >
        {isPending ? t("scanning") : t("scanNow")}
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
