"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";

/** Revokes a key after a confirmation. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("admin.apiKeys");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(revokeApiKeyAction);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="danger"
        busy={isPending}
        aria-label={`${t("revoke")}: ${name}`}
        onClick={async () => {
          if (!window.confirm(t("revokeConfirm", { name }))) return;
          const r = await executeAsync({ id });
          setError(r?.data ? null : describe(r?.serverError));
        }}
      >
        {t("revoke")}
      </Button>
      {error ? <span role="alert" className="text-xs text-critical">{error}</span> : null}
    </span>
  );
}
