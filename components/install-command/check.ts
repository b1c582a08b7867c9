// The checker's model: lint a pasted command with the domain engine (pure, so it runs in the browser
// and nothing pasted leaves the page) and group the problems by severity for display.
import { lintInstallCommand, type InstallCommandFields, type LintProblem, type Severity } from "@/lib/domain/install-command";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface CheckResult {
  /** Tokens and org key masked: the checker never shows a pasted secret back. */
  fields: InstallCommandFields;
  groups: { severity: Severity; problems: LintProblem[] }[];
}

/** null for an empty command (nothing to say yet); the addon host is compared only when given. */
export function checkCommand(command: string, addonHost: string): CheckResult | null {
  if (command.trim() === "") return null;
  const host = addonHost.trim();
  const { fields, problems } = lintInstallCommand(command, host ? { tenant: { addonHost: host } } : {});
  const groups = SEVERITIES.map((severity) => ({ severity, problems: problems.filter((p) => p.severity === severity) })).filter((g) => g.problems.length > 0);
  return { fields, groups };
}
