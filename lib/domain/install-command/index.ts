// Install commands: build (msiexec, nsdiag, Jamf parameters), parse, lint, mask.
export { buildMsiexecCommand, buildNsdiagCommand, MsiexecOptions, NSDIAG_PATHS, NsdiagOptions, type OutputOptions } from "./build";
export { buildJamfParameters, JamfOptions, parseJamfParameters } from "./jamf";
export { DEFAULT_LOG_PATH, JAMF_SLOTS, type JamfParameters, type JamfSlot } from "./slots";
export { LINT_CODES, LINT_RULES, lintProblem, type LintCode, type LintProblem, type Severity } from "./lint-codes";
export { lintInstallCommand, lintParsedCommand, type LintContext, type LintResult } from "./lint";
export { MASK, maskToken, type Fingerprint } from "./mask";
export { commandFields, KNOWN_PARAMS, maskFields, parseInstallCommand, type CommandKind, type InstallCommandFields, type Param, type ParsedCommand } from "./parse";
export { tokenize, type Tokenized, type Word } from "./tokenize";
export { FilePath, HostName, PlainWord, SecretValue } from "./values";
