"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SecretOnce } from "@/components/ui/secret-once";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { resetUserPasswordAction, setUserDisabledAction, unlockUserAction } from "@/lib/actions/users";
import type { PublicError } from "@/lib/errors/public-error";

/** Disable or enable, unlock, and set a new password (shown once). */
export function AccessPanel({ userId, email, disabled, lockedUntil }: { userId: string; email: string; disabled: boolean; lockedUntil: string | null }) {
  const t = useTranslations("admin.users.access");
  const describe = useDescribeError();
  const toggle = useAction(setUserDisabledAction);
  const unlock = useAction(unlockUserAction);
  const reset = useAction(resetUserPasswordAction);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [password, setPassword] = useState<string | null>(null);

  const report = (r: { data?: unknown; serverError?: PublicError } | undefined) => {
    setError(r?.data ? null : (describe(r?.serverError) ?? ""));
    setDone(Boolean(r?.data));
  };

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <div className="mt-4 space-y-4">
        {lockedUntil ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-warning">{t("lockedUntil", { until: lockedUntil })}</p>
            <Button variant="secondary" busy={unlock.isPending} onClick={async () => report(await unlock.executeAsync({ userId }))}>
              {t("unlock")}
            </Button>
          </div>
        ) : null}
        <div>
          <Button variant={disabled ? "secondary" : "danger"} busy={toggle.isPending} onClick={async () => report(await toggle.executeAsync({ userId, disabled: !disabled }))}>
            {disabled ? t("enable") : t("disable")}
          </Button>
          <p className="mt-1 text-xs text-ink-3">{t("disableHint")}</p>
        </div>
        {!disabled ? (
          <div>
            {password ? (
              <SecretOnce label={t("newPassword", { email })} value={password} onDone={() => setPassword(null)} />
            ) : (
              <>
                <Button
                  variant="secondary"
                  busy={reset.isPending}
                  onClick={async () => {
                    const r = await reset.executeAsync({ userId });
                    if (r?.data) setPassword(r.data.password);
                    else report(r);
                  }}
                >
                  {t("resetPassword")}
                </Button>
                <p className="mt-1 text-xs text-ink-3">{t("resetHint")}</p>
              </>
            )}
          </div>
        ) : null}
        {error ? <Notice tone="error">{error}</Notice> : done ? <Notice tone="success">{t("done")}</Notice> : null}
      </div>
    </Card>
  );
}
