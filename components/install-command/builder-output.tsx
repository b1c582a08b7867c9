"use client";
// The builder's output once the fields make a command: the msiexec line or the Jamf parameters, and the
// copy button. Loaded with the validating builders (build-command.ts) right after the first paint, not
// with the page (issue 6); the empty form's output never is a command.
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { JAMF_SLOTS } from "@/lib/domain/install-command/slots";
import { buildFromState } from "./build-command";
import type { BuilderState, BuildOutput } from "./build-model";

export { buildFromState };

export function BuiltOutput({ output, state, copied, onCopied }: { output: Extract<BuildOutput, { ok: true }>; state: BuilderState; copied: boolean; onCopied: () => void }) {
  const t = useTranslations("tools.installCommand.build");

  async function copy() {
    // Copies the real command (what the MDM needs), whatever is shown; the clipboard is the user's own.
    const real = buildFromState(state, true);
    if (!real.ok) return;
    const text = real.kind === "msiexec" ? real.command : JAMF_SLOTS.map((s) => `${s}\t${real.parameters[s]}`).join("\n");
    await navigator.clipboard.writeText(text);
    onCopied();
  }

  return (
    <>
      {output.kind === "msiexec" ? (
        <pre className="mt-2 overflow-x-auto rounded-md border border-line bg-surface-2 p-3 font-mono text-sm whitespace-pre-wrap break-all text-ink" data-testid="built-command">
          <code>{output.command}</code>
        </pre>
      ) : (
        <table className="mt-2 w-full text-sm" data-testid="jamf-parameters">
          <thead>
            <tr className="border-b border-line text-left text-ink-3">
              <th scope="col" className="py-1 pr-4 font-medium">{t("parameter")}</th>
              <th scope="col" className="py-1 font-medium">{t("value")}</th>
            </tr>
          </thead>
          <tbody>
            {JAMF_SLOTS.map((slot) => (
              <tr key={slot} className="border-b border-line last:border-0">
                <th scope="row" className="py-1 pr-4 text-left font-mono font-normal text-ink-2">{slot}</th>
                <td className="py-1 font-mono break-all text-ink">{output.parameters[slot] || <span className="text-ink-3">{t("unused")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button variant="secondary" className="mt-3" onClick={copy}>
        {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
        {copied ? t("copied") : t("copy")}
      </Button>
    </>
  );
}
