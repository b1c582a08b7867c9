// The install-command builder: the form is a client component; the output of the empty form is
// computed here, on the server, so the validating builders (zod) need not be in the page's first-load
// JavaScript (issue 6): the form loads them right after the first paint.
import { buildFromState } from "./build-command";
import { INITIAL_BUILDER } from "./build-model";
import { CommandBuilderForm } from "./command-builder-form";

export function CommandBuilder() {
  return <CommandBuilderForm initialOutput={buildFromState(INITIAL_BUILDER, false)} />;
}
