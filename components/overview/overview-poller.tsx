"use client";
// The overview's background refresh: TanStack Query polls /api/overview every minute (and on focus) and
// hands each result to the view (overview-view.tsx), which loads this module right after the first
// paint: TanStack Query is then not part of the page's first-load JavaScript (issue 6).
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { QueryProvider } from "@/components/providers";
import type { Overview } from "@/lib/dto/overview";

export const OVERVIEW_QUERY_KEY = ["overview"] as const;

/** What the view shows of the query. */
export interface LiveOverview {
  data: Overview;
  dataUpdatedAt: number;
  isFetching: boolean;
  isError: boolean;
}

async function fetchOverview(): Promise<Overview> {
  const res = await fetch("/api/overview", { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) throw new Error(`overview: ${res.status}`);
  return (await res.json()) as Overview;
}

function Poller({ initial, onChange }: { initial: Overview; onChange: (live: LiveOverview) => void }) {
  const { data, dataUpdatedAt, isFetching, isError } = useQuery({
    queryKey: OVERVIEW_QUERY_KEY,
    queryFn: fetchOverview,
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
  useEffect(() => onChange({ data, dataUpdatedAt, isFetching, isError }), [data, dataUpdatedAt, isFetching, isError, onChange]);
  return null;
}

/** Renders nothing: wrapped in the (shared, per-tab) TanStack Query client, which the root layout does not carry. */
export function OverviewPoller(props: { initial: Overview; onChange: (live: LiveOverview) => void }) {
  return (
    <QueryProvider>
      <Poller {...props} />
    </QueryProvider>
  );
}
