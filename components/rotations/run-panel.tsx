"use client";
// The rotation run page's panel: the server's view of the run is shown at once (run-panel-view.tsx);
// the live part (run-panel-live.tsx: polling, the operator's calls, the automatic advance, with
// TanStack Query) loads right after the first paint, not with the page (issue 6). A click in the
// moment before it has loaded is kept and carried out once it has.
import { useCallback, useRef, useState } from "react";
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import type { RunControls, RunLiveState } from "./run-panel-live";
import { RunPanelView } from "./run-panel-view";
import type { ActionResult, RunViewJson } from "./run-types";

const loadLive = () => import("./run-panel-live");

export function RunPanel({ initial, canOperate, isAdmin, userId }: { initial: RunViewJson; canOperate: boolean; isAdmin: boolean; userId: string | null }) {
  const live = useDeferredModule(loadLive);
  const [state, setState] = useState<RunLiveState>({ view: initial, pending: false, error: null });
  const controls = useRef<RunControls | null>(null);
  const queued = useRef<(() => Promise<ActionResult>) | null>(null);
  const onReady = useCallback((c: RunControls) => {
    controls.current = c;
    const fn = queued.current;
    queued.current = null;
    if (fn) c.run(fn);
  }, []);
  const run = useCallback((fn: () => Promise<ActionResult>) => {
    if (controls.current) controls.current.run(fn);
    else queued.current = fn;
  }, []);
  const clearError = useCallback(() => controls.current?.clearError(), []);
  return (
    <>
      {live ? <live.RunPanelLive initial={initial} canOperate={canOperate} onChange={setState} onReady={onReady} /> : null}
      <RunPanelView view={state.view} canOperate={canOperate} isAdmin={isAdmin} userId={userId} pending={state.pending} error={state.error} run={run} clearError={clearError} />
    </>
  );
}
