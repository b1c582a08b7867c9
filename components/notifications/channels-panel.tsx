"use client";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SimpleTable } from "@/components/ui/simple-table";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { deleteChannelAction, sendTestNotificationAction } from "@/lib/actions/notifications";
import { ChannelForm } from "./channel-form";
import type { ChannelView } from "./types";

/** The channels table with "Send a test", edit and delete, and the add/edit form under it. */
export function ChannelsPanel({ channels, tenants }: { channels: ChannelView[]; tenants: { id: string; name: string }[] }) {
  const t = useTranslations("notifications.settings");
  const tk = useTranslations("notifications.kind");
  const describe = useDescribeError();
  const router = useRouter();
  const test = useAction(sendTestNotificationAction);
  const remove = useAction(deleteChannelAction);
  const [editing, setEditing] = useState<ChannelView | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function sendTest(c: ChannelView) {
    setBusyId(c.id);
    setResult(null);
    const r = await test.executeAsync({ channelId: c.id });
    setBusyId(null);
    if (r?.data?.status === "SENT") setResult({ tone: "success", text: t("testSent", { name: c.name }) });
    else setResult({ tone: "error", text: t("testFailed", { name: c.name, error: r?.data?.error ?? describe(r?.serverError) ?? "" }) });
    router.refresh();
  }

  async function del(c: ChannelView) {
    if (!window.confirm(t("deleteConfirm", { name: c.name }))) return;
    const r = await remove.executeAsync({ id: c.id });
    if (!r?.data) setResult({ tone: "error", text: describe(r?.serverError) ?? "" });
    if (editing?.id === c.id) setEditing(null);
    router.refresh();
  }

  const yes = (v: boolean) => (v ? t("yes") : t("no"));
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("channels")}</h2>
      {result ? <Notice tone={result.tone}>{result.text}</Notice> : null}
      <SimpleTable
        headers={[t("name"), t("kindLabel"), t("tenant"), t("target"), t("escalation"), t("enabled"), t("actions")]}
        empty={t("channelsNone")}
        rows={channels.map((c) => [
          <span key="n" className="font-medium text-ink">{c.name}</span>,
          tk(c.kind),
          c.tenantName ?? t("allTenants"),
          <code key="h" className="font-mono text-xs">{c.targetHint}</code>,
          yes(c.escalation),
          yes(c.enabled),
          <span key="a" className="flex flex-wrap gap-2">
            <Button variant="secondary" busy={busyId === c.id} aria-label={t("testLabel", { name: c.name })} onClick={() => sendTest(c)}>
              {busyId === c.id ? t("testing") : t("test")}
            </Button>
            <Button variant="secondary" aria-label={t("editLabel", { name: c.name })} onClick={() => setEditing(c)}>
              {t("edit")}
            </Button>
            <Button variant="danger" aria-label={t("deleteLabel", { name: c.name })} onClick={() => del(c)}>
              {t("delete")}
            </Button>
          </span>,
        ])}
      />
      <ChannelForm
        key={editing?.id ?? "new"}
        tenants={tenants}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setResult(message ? { tone: "success", text: message } : null);
          router.refresh();
        }}
      />
    </div>
  );
}
