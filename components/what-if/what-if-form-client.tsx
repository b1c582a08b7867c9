"use client";
// The what-if page: every control the enforcement matrix and the readiness check depend on, and the
// answer recomputed on each change by the pure domain engine (no server round trip, nothing stored).
// The engine loads right after the first paint; the first answer is the server's (what-if-form.tsx).
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { SelectField } from "@/components/ui/field";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import type { DeviceProfile, PresentedTokens, TenantPolicy } from "@/lib/domain/types";
import { Checkbox, ChoiceGroup, ControlGroup } from "./controls";
import { INITIAL_WHAT_IF, type WhatIfAnswer, type WhatIfState } from "./model";
import { WhatIfResult } from "./what-if-result";

const loadEngine = () => import("./evaluate");

const TENANT_STATES = ["disabled", "not-enforced", "enforced"] as const;
const OSES = ["windows", "macos"] as const;
const INSTALL_MODES = ["upn", "idp", "email-invite"] as const;
const PRESENTED = ["none", "wrong", "correct"] as const;
const CHANGES = ["enforce", "rotate-single-token", "rotate-multi-token"] as const;

export function WhatIfFormClient({ initialAnswer }: { initialAnswer: WhatIfAnswer }) {
  const t = useTranslations("tools.whatIf");
  const td = useTranslations("domain");
  const versionId = useId();
  const [state, setState] = useState<WhatIfState>(INITIAL_WHAT_IF);
  const engine = useDeferredModule(loadEngine);
  // Before the engine loads only the untouched form has a known answer (it loads right after the first paint).
  const answer = useMemo(() => (engine ? engine.answerWhatIf(state) : state === INITIAL_WHAT_IF ? initialAnswer : null), [engine, state, initialAnswer]);

  const setTenant = (patch: Partial<TenantPolicy>) => setState((s) => ({ ...s, tenant: { ...s.tenant, ...patch } }));
  const setDevice = (patch: Partial<DeviceProfile>) => setState((s) => ({ ...s, device: { ...s.device, ...patch } }));
  const setPresents = (patch: Partial<PresentedTokens>) => setState((s) => ({ ...s, presents: { ...s.presents, ...patch } }));
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((value) => {
      const key: string = `${group}.${value}`;
      return { value, label: td(key) };
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <form className="grid gap-4" onSubmit={(e) => e.preventDefault()} aria-label={t("formLabel")}>
        <ControlGroup legend={t("tenant.legend")}>
          <ChoiceGroup legend={t("tenant.state")} name="tenant-state" value={state.tenant.state} options={options(TENANT_STATES, "tenantState")} onChange={(v) => setTenant({ state: v })} />
          <Checkbox label={t("tenant.encryptionTokenEnforced")} checked={state.tenant.encryptionTokenEnforced} onChange={(v) => setTenant({ encryptionTokenEnforced: v })} />
        </ControlGroup>

        <ControlGroup legend={t("device.legend")}>
          <ChoiceGroup legend={t("device.os")} name="device-os" value={state.device.os} options={options(OSES, "os")} onChange={(v) => setDevice({ os: v })} />
          <div>
            <label htmlFor={versionId} className="block text-sm font-medium text-ink-2">
              {t("device.clientVersion")}
            </label>
            <input
              id={versionId}
              value={state.device.clientVersion}
              onChange={(e) => setDevice({ clientVersion: e.target.value })}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${versionId}-parsed`}
              className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm text-ink"
            />
            <p id={`${versionId}-parsed`} className={`mt-1 text-xs ${!answer || answer.version ? "text-ink-3" : "text-warning"}`}>
              {!answer ? null : answer.version ? t("device.parsed", { ...answer.version }) : t("device.unknownVersion")}
            </p>
          </div>
          <SelectField label={t("device.installMode")} value={state.device.installMode} onChange={(e) => setDevice({ installMode: e.target.value as DeviceProfile["installMode"] })}>
            {INSTALL_MODES.map((m) => (
              <option key={m} value={m}>
                {td(`installMode.${m}`)}
              </option>
            ))}
          </SelectField>
          <Checkbox label={t("device.multiUser")} hint={t("device.multiUserHint")} checked={state.device.multiUser} onChange={(v) => setDevice({ multiUser: v })} />
          <Checkbox label={t("device.npaPrelogon")} checked={state.device.npaPrelogon} onChange={(v) => setDevice({ npaPrelogon: v })} />
          <Checkbox
            label={t("device.protectClientConfig")}
            hint={t("device.protectClientConfigHint")}
            checked={state.device.protectClientConfig}
            onChange={(v) => setDevice({ protectClientConfig: v })}
          />
        </ControlGroup>

        <ControlGroup legend={t("presents.legend")}>
          <ChoiceGroup legend={t("presents.authToken")} name="presents-auth" value={state.presents.authToken} options={options(PRESENTED, "presented")} onChange={(v) => setPresents({ authToken: v })} />
          <ChoiceGroup
            legend={t("presents.encryptionToken")}
            name="presents-encryption"
            value={state.presents.encryptionToken}
            options={options(PRESENTED, "presented")}
            onChange={(v) => setPresents({ encryptionToken: v })}
          />
        </ControlGroup>

        <ControlGroup legend={t("change.legend")}>
          <SelectField label={t("change.change")} value={state.change} onChange={(e) => setState((s) => ({ ...s, change: e.target.value as WhatIfState["change"] }))}>
            {CHANGES.map((c) => (
              <option key={c} value={c}>
                {td(`change.${c}`)}
              </option>
            ))}
          </SelectField>
          <Checkbox
            label={t("change.hasCurrentToken")}
            hint={t("change.hasCurrentTokenHint")}
            checked={state.hasCurrentToken}
            onChange={(v) => setState((s) => ({ ...s, hasCurrentToken: v }))}
          />
        </ControlGroup>
      </form>
      {answer ? <WhatIfResult answer={answer} change={state.change} /> : null}
    </div>
  );
}
