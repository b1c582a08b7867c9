// Every code the domain emits has a UI string in English and Japanese (messages/<locale>/domain.json),
// both files have the same keys, and every string formats with next-intl using the same arguments.
// Only this test reads the message files; the domain code itself never does.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { GATES } from "./client-version";
import { ENROLLMENT_REASON_CODES } from "./enrollment";
import { LINT_CODES } from "./install-command/lint-codes";
import { commandFields, parseInstallCommand } from "./install-command/parse";
import { PLANNER_REASON_CODES } from "./planner";
import { BEFORE_CHANGE_STEP, READINESS_REASON_CODES } from "./readiness";
import { TRANSITION_ERROR_CODES } from "./rotation-machine";
import { EvidenceKind, RotationEvent, RotationPlanId, RotationState, StepId } from "./rotation-schemas";
import enMessages from "../../messages/en/domain.json";
import jaMessages from "../../messages/ja/domain.json";

type Tree = { [key: string]: string | Tree };
const en: Tree = enMessages;
const ja: Tree = jaMessages;

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}
const keysOf = (tree: Tree) => leaves(tree).map(([k]) => k);
const has = (path: string) => keysOf(en).includes(path);
// Top-level ICU arguments (`{days}`, `{count, plural, …}`), not the words inside plural or select branches.
const argumentsOf = (message: string) => [...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]).sort();

describe("messages/<locale>/domain.json", () => {
  it("has the same keys in English and Japanese, none empty", () => {
    expect(keysOf(ja)).toEqual(keysOf(en));
    for (const [key, value] of [...leaves(en), ...leaves(ja)]) expect(value.trim(), key).not.toBe("");
  });

  it("uses the same ICU arguments in both languages", () => {
    const jaMessages = new Map(leaves(ja));
    for (const [key, value] of leaves(en)) expect(argumentsOf(jaMessages.get(key) ?? ""), key).toEqual(argumentsOf(value));
  });

  it("formats every message with next-intl without an error", () => {
    const params = { days: 3, hours: 5, count: 2, param: "msi", leadTimeDays: 14, cadenceDays: 90 };
    for (const [locale, messages] of [["en", en], ["ja", ja]] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: { domain: messages }, namespace: "domain", onError: (e) => errors.push(e.message) });
      for (const [key] of leaves(messages)) expect(typeof (t as (k: string, p: object) => string)(key, params)).toBe("string");
      expect(errors).toEqual([]);
    }
  });

  it.each<[string, readonly string[]]>([
    ["reason", [...ENROLLMENT_REASON_CODES, ...READINESS_REASON_CODES]],
    ["planner.reason", PLANNER_REASON_CODES],
    ["planner.status", ["ok", "blackout-only", "no-day-left"]],
    ["lint.problem", LINT_CODES],
    ["lint.severity", ["error", "warning", "info"]],
    ["gate", Object.values(GATES).map((g) => g.id)],
    ["level", ["ok", "notice", "warning", "critical", "expired"]],
    ["transitionError", TRANSITION_ERROR_CODES],
    ["runStatus", RotationState.options.map((o) => o.shape.status.value)],
    ["event", RotationEvent.options.map((o) => o.shape.type.value)],
    ["evidence", EvidenceKind.options],
    ["field", Object.keys(commandFields(parseInstallCommand("msiexec")))],
    ["commandKind", ["msiexec", "nsdiag", "jamf", "unknown"]],
    ["outcome", ["enrolls", "refused", "unknown"]],
    ["change", ["enforce", "rotate-single-token", "rotate-multi-token"]],
    ["tenantState", ["disabled", "not-enforced", "enforced"]],
    ["installMode", ["upn", "idp", "email-invite"]],
    ["presented", ["none", "wrong", "correct"]],
  ])("has a string for every %s code", (group, codes) => {
    expect(codes.filter((c) => !has(`${group}.${c}`))).toEqual([]);
  });

  it("has a title and description for every plan and step, and a label and description for every remediation", () => {
    for (const plan of RotationPlanId.options) expect([has(`plan.${plan}.title`), has(`plan.${plan}.description`)]).toEqual([true, true]);
    for (const step of [...StepId.options, BEFORE_CHANGE_STEP]) expect([has(`step.${step}.title`), has(`step.${step}.description`)], step).toEqual([true, true]);
    for (const r of ["none", "nsdiag", "msi-rerun", "reinstall", "upgrade-client"]) expect([has(`remediation.${r}.label`), has(`remediation.${r}.description`)]).toEqual([true, true]);
  });
});
