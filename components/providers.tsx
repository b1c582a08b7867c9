"use client";
import { QueryClient, QueryClientProvider, isServer } from "@tanstack/react-query";
import type { ReactNode } from "react";

// One QueryClient per browser tab, a fresh one per server render (TanStack's Next.js recipe).
// Not in the root layout: only the few live islands that poll (overview, devices, rotation run) wrap
// themselves in it, so pages without live data do not ship TanStack Query (first-load JS, issue 6).
// Every island in a tab shares the one browser client, so their caches and invalidations still meet.
function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: true } } });
}
let browserClient: QueryClient | undefined;
function getQueryClient() {
  if (isServer) return makeQueryClient();
  return (browserClient ??= makeQueryClient());
}

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
