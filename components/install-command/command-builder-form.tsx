"use client";
// Compose a correct install command from fields: msiexec for Windows, the Jamf policy's script
// parameters $4–$11 for macOS. Values live in this component's state only (never stored or sent);
// tokens are masked in the inputs and the output unless "Show values" is on. The validating builders
// (zod) and the output they make (builder-output.tsx) load right after the first paint; until then the
// output is the one the server computed for the empty form (command-builder.tsx).
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Checkbox, ChoiceGroup } from "@/components/what-if/controls";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import { builderFields, FIELD_KIND, INITIAL_BUILDER, SECRET_FIELDS, type BuilderField, type BuilderState, type BuildOutput } from "./build-model";

const loadBuilder = () => import("./builder-output");

export function CommandBuilderForm({ initialOutput }: { initialOutput: BuildOutput }) {
  const t = useTranslations("tools.installCommand.build");
  const td = useTranslations("domain");
  const [state, setState] = useState<BuilderState>(INITIAL_BUILDER);
  const [reveal, setReveal] = useState(false);
  const [copied, setCopied] = useState(false);
  const builder = useDeferredModule(loadBuilder);
  const fields = builderFields(state);
  // Before the builders load, only the untouched form has a known output (typing that early is rare: they load right after the first paint).
  const output = useMemo(() => (builder ? builder.buildFromState(state, reveal) : state === INITIAL_BUILDER ? initialOutput : null), [builder, state, reveal, initialOutput]);
  const invalid = new Set(output && !output.ok ? output.invalid : []);

  const set = (patch: Partial<BuilderState>) => {
    setCopied(false);
    setState((s) => ({ ...s, ...patch }));
  };
  const fieldLabel = (f: BuilderField) => t(`field.${f}`);

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-ink-3">{t("lead")}</p>
      <form className="mt-4 grid gap-4" onSubmit={(e) => e.preventDefault()} aria-label={t("heading")}>
        <div className="flex flex-wrap gap-6">
          <ChoiceGroup legend={t("os")} name="builder-os" value={state.os} options={(["windows", "macos"] as const).map((v) => ({ value: v, label: td(`os.${v}`) }))} onChange={(os) => set({ os })} />
          <ChoiceGroup
            legend={t("installMode")}
            name="builder-mode"
            value={state.installMode}
            options={(["upn", "idp"] as const).map((v) => ({ value: v, label: td(`installMode.${v}`) }))}
            onChange={(installMode) => set({ installMode })}
          />
        </div>
        {state.os === "windows" || state.installMode === "upn" ? (
          <Checkbox label={t("multiUser")} hint={t("multiUserHint")} checked={state.multiUser} onChange={(multiUser) => set({ multiUser })} />
        ) : null}
        <div className="grid gap-4 md:grid-cols-2">
          {fields.map(({ field, required }) => (
            <TextField
              key={field}
              label={required ? fieldLabel(field) : t("optional", { label: fieldLabel(field) })}
              hint={t.has(`hint.${field}`) ? t(`hint.${field}`) : undefined}
              error={invalid.has(field) ? t(`invalid.${FIELD_KIND[field]}`) : null}
              value={state[field]}
              onChange={(e) => set({ [field]: e.target.value })}
              required={required}
              type={SECRET_FIELDS.has(field) && !reveal ? "password" : "text"}
              autoComplete="off"
              spellCheck={false}
            />
          ))}
        </div>
        <Checkbox label={t("reveal")} hint={t("revealHint")} checked={reveal} onChange={setReveal} />
      </form>

      <section aria-labelledby="builder-output-heading" aria-live="polite" className="mt-6">
        <h3 id="builder-output-heading" className="text-base font-semibold">
          {state.os === "windows" ? t("outputWindows") : t("outputJamf")}
        </h3>
        {!output ? null : !output.ok ? (
          <p className="mt-2 text-sm text-ink-2">
            {output.missing.length > 0 ? t("missing", { fields: output.missing.map(fieldLabel).join(", ") }) : t("fixInvalid")}
          </p>
        ) : builder ? (
          <builder.BuiltOutput output={output} state={state} copied={copied} onCopied={() => setCopied(true)} />
        ) : null}
      </section>
    </Card>
  );
}
