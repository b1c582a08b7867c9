"use client";
// The live run: TanStack Query polls the run's view every 2 s while it is active; when the run can
// move by itself (an API step with no human gate, the nsdiag runs being polled, a step interrupted by
// a restart) it calls the idempotent advance action. Renders nothing: it hands the view, the pending
// state and the error to run-panel.tsx, which loads this module right after the first paint, so
// TanStack Query is not part of the page's first-load JavaScript (issue 6).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { QueryProvider } from "@/components/providers";
import { advanceRotationAction } from "@/lib/actions/rotations";
import type { ActionResult, RunViewJson } from "./run-types";

const rotationKey = (id: string) => ["rotation", id] as const;

export interface RunLiveState {
  view: RunViewJson;
  pending: boolean;
  error: string | null;
}

export interface RunControls {
  run: (fn: () => Promise<ActionResult>) => void;
  clearError: () => void;
}

interface Props {
  initial: RunViewJson;
  canOperate: boolean;
  onChange: (state: RunLiveState) => void;
  onReady: (controls: RunControls) => void;
}

function RunController({ initial, canOperate, onChange, onReady }: Props) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: rotationKey(initial.id),
    queryFn: async (): Promise<RunViewJson> => {
      const res = await fetch(`/api/rotations/${initial.id}`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === "ACTIVE" ? 2000 : false),
  });
  const view = query.data;
  const call = useMutation({
    mutationFn: async (fn: () => Promise<ActionResult>) => {
      const result = await fn();
      if (result?.serverError) throw new Error(result.serverError.message ?? "error");
      if (result?.validationErrors) throw new Error(JSON.stringify(result.validationErrors));
      return result?.data;
    },
    onMutate: () => setError(null),
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
    onSettled: () => qc.invalidateQueries({ queryKey: rotationKey(initial.id) }),
  });
  // The automatic advance has its own mutation, so the operator's buttons stay usable while it polls.
  const autoCall = useMutation({
    mutationFn: async () => {
      const result = (await advanceRotationAction({ runId: view.id })) as ActionResult;
      if (result?.serverError) throw new Error(result.serverError.message ?? "error");
      return result?.data;
    },
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
    onSettled: () => qc.invalidateQueries({ queryKey: rotationKey(initial.id) }),
  });
  const auto = canOperate && view.auto && view.status === "ACTIVE";
  const pending = call.isPending;
  const autoPending = autoCall.isPending;
  useEffect(() => {
    if (auto && !autoPending && !pending && !error) autoCall.mutate();
    // The view's version changes after every step: that is what re-triggers the next advance.
  }, [auto, autoPending, pending, error, view.version, view.events.at(-1)?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const { mutate } = call;
  useEffect(() => onReady({ run: (fn) => mutate(fn), clearError: () => setError(null) }), [mutate, onReady]);
  useEffect(() => onChange({ view, pending, error }), [view, pending, error, onChange]);
  return null;
}

/** Wrapped in the (shared, per-tab) TanStack Query client: the root layout does not carry it. */
export function RunPanelLive(props: Props) {
  return (
    <QueryProvider>
      <RunController {...props} />
    </QueryProvider>
  );
}
