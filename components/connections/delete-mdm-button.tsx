"use client";
import { useRouter } from "next/navigation";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { deleteMdmConnectionAction } from "@/lib/actions/connections";
import { useConnectionForm } from "./use-connection-form";

/** Deletes a connection after a confirmation; the server refuses one that MDM targets still use. */
export function DeleteMdmButton({ id, name, targets }: { id: string; name: string; targets: number }) {
  const t = useTranslations("connections.mdm");
  const router = useRouter();
  const { executeAsync, isPending } = useAction(deleteMdmConnectionAction);
  const { error, take } = useConnectionForm();
  return (
    <div className="space-y-3">
      {targets > 0 ? <p className="text-sm text-ink-2">{t("inUse", { count: targets })}</p> : <p className="text-sm text-ink-2">{t("deleteHint")}</p>}
      <Button
        variant="danger"
        busy={isPending}
        disabled={targets > 0}
        aria-label={t("deleteNamed", { name })}
        onClick={async () => {
          if (!window.confirm(t("confirmDelete", { name }))) return;
          if (take(await executeAsync({ id }))) router.push("/settings/connections");
        }}
      >
        {t("delete")}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
