// The what-if form: a client component that runs the domain engine on every change. The first answer
// (for the starting state) is computed here, on the server, so the engine need not be in the page's
// first-load JavaScript (issue 6): the form loads it right after the first paint.
import { answerWhatIf } from "./evaluate";
import { INITIAL_WHAT_IF } from "./model";
import { WhatIfFormClient } from "./what-if-form-client";

export function WhatIfForm() {
  return <WhatIfFormClient initialAnswer={answerWhatIf(INITIAL_WHAT_IF)} />;
}
