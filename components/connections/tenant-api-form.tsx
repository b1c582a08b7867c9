"use client";
// A tenant's Netskope REST API settings: base URL and API token. The token field is write-only: it
// starts empty, an empty field keeps the stored token, and it is cleared once saved. "Test connection"
// tests what the form holds now, saved or not.
import { useAction } from "@/components/ui/use-action";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveTenantApiAction, testTenantApiAction } from "@/lib/actions/connections";
import { useConnectionForm, type TestOutcome } from "./use-connection-form";

// The test report shows only after "Test connection": loaded after the first paint, not with the page.
const loadReport = () => import("./connection-report");

export function TenantApiForm({ tenantId, apiBaseUrl, tokenHint }: { tenantId: string; apiBaseUrl: string; tokenHint: string | null }) {
  const t = useTranslations("connections.tenant");
  const tc = useTranslations("connections");
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(saveTenantApiAction);
  const test = useAction(testTenantApiAction);
  const { fieldErrors, error, take } = useConnectionForm();
  const [saved, setSaved] = useState<string | null>(null);
  const [hint, setHint] = useState(tokenHint);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const reportView = useDeferredModule(loadReport);

  const values = () => {
    const data = new FormData(form.current!);
    return { tenantId, apiBaseUrl: String(data.get("apiBaseUrl") ?? ""), apiToken: String(data.get("apiToken") ?? "") };
  };

  async function onSave(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(null);
    const result = take(await save.executeAsync(values()));
    if (!result) return;
    setHint(result.tokenHint);
    setOutcome(null);
    // Saved: the token leaves the page for good.
    const token = form.current?.elements.namedItem("apiToken");
    if (token instanceof HTMLInputElement) token.value = "";
    setSaved(t("saved"));
  }

  async function onTest() {
    setSaved(null);
    const result = take(await test.executeAsync(values()));
    if (result) setOutcome(result);
  }

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("formTitle")}</h2>
      <p className="mt-1 text-sm text-ink-3">{t("formDescription")}</p>
      <form ref={form} onSubmit={onSave} noValidate className="mt-4 grid gap-4">
        <TextField label={t("apiBaseUrl")} name="apiBaseUrl" defaultValue={apiBaseUrl} required inputMode="url" spellCheck={false} hint={t("apiBaseUrlHint")} error={fieldErrors.apiBaseUrl} />
        <TextField
          label={t("apiToken")}
          name="apiToken"
          type="password"
          autoComplete="off"
          spellCheck={false}
          hint={hint ? t("apiTokenKeep", { hint }) : t("apiTokenNone")}
          error={fieldErrors.apiToken}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={save.isPending}>{save.isPending ? tc("saving") : tc("save")}</Button>
          <Button variant="secondary" onClick={onTest} busy={test.isPending}>{test.isPending ? tc("testing") : tc("test")}</Button>
        </div>
      </form>
      <div className="mt-4 space-y-4" aria-live="polite">
        {error ? <Notice tone="error">{error}</Notice> : null}
        {saved ? <Notice tone="success">{saved}</Notice> : null}
        {outcome && reportView ? <reportView.ConnectionReport report={outcome.report} note={outcome.stored ? tc("report.kept") : tc("report.notKept")} /> : null}
      </div>
    </Card>
  );
}
