import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { env } from "@/lib/server/env";

// Every dashboard page reads live data: never prerender at build time.
export const dynamic = "force-dynamic";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <AppShell demo={env().DEMO_MODE}>{children}</AppShell>;
}
