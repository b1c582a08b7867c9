"use client";
// Add or edit an Intune app registration or a Jamf Pro API client. The secret field is write-only:
// empty on edit means "keep the stored secret", and it is cleared once saved. "Test connection"
// tests what the form holds now (with the stored secret when the field is empty).
import { useRouter } from "next/navigation";
import { useAction } from "@/components/ui/use-action";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveMdmConnectionAction, testMdmConnectionAction } from "@/lib/actions/connections";
import { useConnectionForm, type TestOutcome } from "./use-connection-form";

// The test report shows only after "Test connection": loaded after the first paint, not with the page.
const loadReport = () => import("./connection-report");

export interface MdmFormValues {
  id?: string;
  kind: "INTUNE" | "JAMF";
  name: string;
  baseUrl: string;
  authorityUrl: string;
  directoryId: string;
  clientId: string;
  secretHint: string | null;
}

export function MdmConnectionForm({ initial }: { initial: MdmFormValues }) {
  const t = useTranslations("connections.mdm");
  const tc = useTranslations("connections");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(saveMdmConnectionAction);
  const test = useAction(testMdmConnectionAction);
  const { fieldErrors, error, take } = useConnectionForm();
  const [saved, setSaved] = useState<string | null>(null);
  const [hint, setHint] = useState(initial.secretHint);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const reportView = useDeferredModule(loadReport);
  const intune = initial.kind === "INTUNE";

  const values = () => {
    const data = new FormData(form.current!);
    const s = (name: string) => String(data.get(name) ?? "");
    const common = { ...(initial.id ? { id: initial.id } : {}), name: s("name"), baseUrl: s("baseUrl"), clientId: s("clientId"), clientSecret: s("clientSecret") };
    return intune ? { kind: "INTUNE" as const, ...common, authorityUrl: s("authorityUrl"), directoryId: s("directoryId") } : { kind: "JAMF" as const, ...common };
  };

  async function onSave(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(null);
    const result = take(await save.executeAsync(values()));
    if (!result) return;
    const secret = form.current?.elements.namedItem("clientSecret");
    if (secret instanceof HTMLInputElement) secret.value = "";
    setHint(result.secretHint);
    setOutcome(null);
    if (!initial.id) {
      router.push(`/settings/connections/mdm/${encodeURIComponent(result.id)}?created=1`);
      return;
    }
    setSaved(t("saved"));
    router.refresh();
  }

  async function onTest() {
    setSaved(null);
    const result = take(await test.executeAsync(values()));
    if (result) {
      setOutcome(result);
      if (result.stored) router.refresh();
    }
  }

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{intune ? t("intuneTitle") : t("jamfTitle")}</h2>
      <p className="mt-1 text-sm text-ink-3">{intune ? t("intuneDescription") : t("jamfDescription")}</p>
      <form ref={form} onSubmit={onSave} noValidate className="mt-4 grid gap-4 md:grid-cols-2">
        <TextField label={t("name")} name="name" defaultValue={initial.name} required maxLength={100} hint={t("nameHint")} error={fieldErrors.name} />
        <TextField label={intune ? t("graphBaseUrl") : t("jamfBaseUrl")} name="baseUrl" defaultValue={initial.baseUrl} required inputMode="url" spellCheck={false} hint={intune ? t("graphBaseUrlHint") : t("jamfBaseUrlHint")} error={fieldErrors.baseUrl} />
        {intune ? (
          <>
            <TextField label={t("authorityUrl")} name="authorityUrl" defaultValue={initial.authorityUrl} required inputMode="url" spellCheck={false} hint={t("authorityUrlHint")} error={fieldErrors.authorityUrl} />
            <TextField label={t("directoryId")} name="directoryId" defaultValue={initial.directoryId} required spellCheck={false} hint={t("directoryIdHint")} error={fieldErrors.directoryId} />
          </>
        ) : null}
        <TextField label={t("clientId")} name="clientId" defaultValue={initial.clientId} required spellCheck={false} autoComplete="off" hint={intune ? t("intuneClientIdHint") : t("jamfClientIdHint")} error={fieldErrors.clientId} />
        <TextField
          label={t("clientSecret")}
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          required={!initial.id}
          hint={hint ? t("secretKeep", { hint }) : t("secretNew")}
          error={fieldErrors.clientSecret}
        />
        <div className="flex flex-wrap gap-2 md:col-span-2">
          <Button type="submit" busy={save.isPending}>{save.isPending ? tc("saving") : initial.id ? tc("save") : t("add")}</Button>
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
