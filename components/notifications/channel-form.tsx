"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { createChannelAction, updateChannelAction } from "@/lib/actions/notifications";
import type { ChannelView } from "./types";

const KINDS = ["WEBHOOK", "SLACK", "TEAMS", "EMAIL"] as const;

/** Adds a channel, or edits one (`editing`): the destination is write-only. */
export function ChannelForm({ tenants, editing, onDone }: { tenants: { id: string; name: string }[]; editing: ChannelView | null; onDone: (message: string) => void }) {
  const t = useTranslations("notifications.settings");
  const tk = useTranslations("notifications.kind");
  const describe = useDescribeError();
  const create = useAction(createChannelAction);
  const update = useAction(updateChannelAction);
  const [kind, setKind] = useState<(typeof KINDS)[number]>(editing?.kind ?? "WEBHOOK");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const busy = create.isPending || update.isPending;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const fields = {
      kind,
      name: String(form.get("name") ?? ""),
      tenantId: String(form.get("tenantId") ?? "") || null,
      escalation: form.get("escalation") === "on",
      enabled: form.get("enabled") === "on",
      locale: form.get("locale") === "ja" ? ("ja" as const) : ("en" as const),
    };
    const target = String(form.get("target") ?? "");
    setError(null);
    const r = editing ? await update.executeAsync({ id: editing.id, ...fields, target: target || undefined }) : await create.executeAsync({ ...fields, target });
    if (r?.data) {
      setFieldErrors({});
      // The destination is a secret: it does not stay in the page once saved.
      formEl.reset();
      setKind("WEBHOOK");
      onDone(t("saved"));
      return;
    }
    const fe = (r?.serverError as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? (r?.validationErrors as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
    setFieldErrors(fe);
    setError(fe.target ? t("target") + ": " + fe.target.join(", ") : (describe(r?.serverError) ?? describe({ code: "validation", message: "" })));
  }

  const email = kind === "EMAIL";
  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{editing ? t("editTitle", { name: editing.name }) : t("add")}</h2>
      <form onSubmit={onSubmit} className="mt-4 grid gap-4 md:grid-cols-2" key={editing?.id ?? "new"}>
        <SelectField label={t("kindLabel")} name="kind" value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("name")} name="name" required maxLength={100} defaultValue={editing?.name} error={fieldErrors.name?.join(", ")} />
        <div className="md:col-span-2">
          <TextField
            label={email ? t("targetEmail") : t("targetUrl")}
            name="target"
            type={email ? "text" : "url"}
            autoComplete="off"
            required={!editing}
            placeholder={email ? "secops@example.com" : kind === "SLACK" ? "https://hooks.slack.com/services/…" : "https://…"}
            hint={editing ? t("targetKeep", { hint: editing.targetHint }) : email ? t("targetEmailHint") : t("targetUrlHint")}
            error={fieldErrors.target ? fieldErrors.target.join(", ") : null}
          />
        </div>
        <SelectField label={t("tenant")} name="tenantId" defaultValue={editing?.tenantId ?? ""}>
          <option value="">{t("allTenants")}</option>
          {tenants.map((tn) => (
            <option key={tn.id} value={tn.id}>
              {tn.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("locale")} name="locale" defaultValue={editing?.locale ?? "en"}>
          <option value="en">{t("localeEn")}</option>
          <option value="ja">{t("localeJa")}</option>
        </SelectField>
        <div className="space-y-2 md:col-span-2">
          <label className="flex items-start gap-2 text-sm text-ink-2">
            <input type="checkbox" name="escalation" defaultChecked={editing?.escalation ?? false} className="mt-1" aria-describedby="escalation-hint" />
            <span>
              {t("escalation")}
              <span id="escalation-hint" className="block text-xs text-ink-3">
                {t("escalationHint")}
              </span>
            </span>
          </label>
          <label className="flex items-center gap-2 text-sm text-ink-2">
            <input type="checkbox" name="enabled" defaultChecked={editing?.enabled ?? true} />
            {t("enabled")}
          </label>
        </div>
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" busy={busy}>
            {busy ? t("saving") : t("save")}
          </Button>
          {editing ? (
            <Button variant="secondary" onClick={() => onDone("")}>
              {t("cancel")}
            </Button>
          ) : null}
        </div>
      </form>
      {error ? (
        <div className="mt-4">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
    </Card>
  );
}
