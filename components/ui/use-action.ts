"use client";
import { useCallback, useState, useTransition } from "react";

/**
 * Calls a server action (lib/actions, next-safe-action) from a client component: `executeAsync(input)`
 * resolves with the action's result (`data`, `serverError` or `validationErrors`) and `isPending` is true
 * while it runs and while the transition it started (the re-render after a revalidation) finishes.
 * The part of next-safe-action's `useAction` this app uses (every form awaits the result and reads it);
 * that hook's status machine and callbacks add ~2 kB to each page with a form (issue 6).
 */
export function useAction<I, R>(action: (input: I) => Promise<R>): { executeAsync: (input: I) => Promise<R>; isPending: boolean } {
  const [isTransitioning, startTransition] = useTransition();
  const [running, setRunning] = useState(0);
  const executeAsync = useCallback(
    (input: I) =>
      new Promise<R>((resolve, reject) => {
        setRunning((n) => n + 1);
        // Inside a transition, as next-safe-action does: a redirect or refresh the action triggers renders as one.
        startTransition(() => {
          action(input)
            .then(resolve, reject)
            .finally(() => setRunning((n) => n - 1));
        });
      }),
    [action],
  );
  return { executeAsync, isPending: running > 0 || isTransitioning };
}
