/** A start-up problem the user can fix: printed as one line, problem then fix, and exit 1. */
export class StartupError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${problem}: ${fix}`);
    this.name = "StartupError";
  }
}

export function printStartupError(e: unknown): never {
  if (e instanceof StartupError) console.error(`✖ ${e.problem}. Fix: ${e.fix}.`);
  else console.error(`✖ ${(e as Error)?.message ?? String(e)}`);
  process.exit(1);
}
