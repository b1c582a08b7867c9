"use client";
// Paste a command, see what it sets and what is wrong with it. Linting runs in the browser with the
// pure domain engine, so a pasted token never leaves the page; the fields show it masked. The engine
// and the analysis it makes (command-analysis.tsx) load right after the first paint (an empty command
// needs neither), not with the page (issue 6).
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { useDeferredModule } from "@/components/ui/use-deferred-module";

const loadAnalysis = () => import("./command-analysis");

export function CommandChecker() {
  const t = useTranslations("tools.installCommand.check");
  const commandId = useId();
  const [command, setCommand] = useState("");
  const [addonHost, setAddonHost] = useState("");
  const analysis = useDeferredModule(loadAnalysis);

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-ink-3">{t("lead")}</p>
      <div className="mt-4 grid gap-4">
        <div>
          <label htmlFor={commandId} className="block text-sm font-medium text-ink-2">
            {t("command")}
          </label>
          <textarea
            id={commandId}
            value={command}
            onChange={(e) => setCommand(e.target.value)}
            rows={4}
            maxLength={8192}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${commandId}-hint`}
            placeholder='msiexec /i "NSClient.msi" host=addon-… token=… enrollauthtoken=… /qn'
            className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm text-ink"
          />
          <p id={`${commandId}-hint`} className="mt-1 text-xs text-ink-3">
            {t("commandHint")}
          </p>
        </div>
        <TextField label={t("addonHost")} hint={t("addonHostHint")} value={addonHost} onChange={(e) => setAddonHost(e.target.value)} autoComplete="off" spellCheck={false} />
      </div>

      <div aria-live="polite" className="mt-6" data-testid="command-analysis">
        {analysis ? <analysis.CommandAnalysis command={command} addonHost={addonHost} /> : command.trim() === "" ? <p className="text-sm text-ink-3">{t("empty")}</p> : null}
      </div>
    </Card>
  );
}
