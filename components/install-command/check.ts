// The checker's model: lint a pasted command with the domain engine (pure, so it runs in the browser
// and nothing pasted leaves the page) and group the problems by severity for display. The checker loads
// this right after the first paint (an empty command needs no linting), not with the page (issue 6);
// import the domain modules themselves, not the install-command index, which brings zod along.
import { lintInstallCommand } from "@/lib/domain/install-command/lint";
import type { LintProblem, Severity } from "@/lib/domain/install-command/lint-codes";
import type { InstallCommandFields } from "@/lib/domain/install-command/parse";

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
